import GangwayCore
import GangwayStore
import Hummingbird
import Logging

/// `gangway serve`: the checkout API over the shared database, the built site for local use,
/// metrics, limits and security headers. Graceful shutdown on SIGTERM and SIGINT.
public struct CheckoutServer: Sendable {
    public let database: AppDatabase
    public let settings: ServerSettings
    public let clock: any GangwayCore.Clock
    public let metrics = ServerMetrics()
    /// Availability answers reused for up to a second (see ``AvailabilityCache``).
    let availabilityCache: AvailabilityCache

    public init(
        database: AppDatabase, settings: ServerSettings, clock: any GangwayCore.Clock,
        availabilityLifetime: Duration = .seconds(1)
    ) {
        self.availabilityCache = AvailabilityCache(lifetime: availabilityLifetime)
        self.database = database
        self.settings = settings
        self.clock = clock
    }

    /// The router with every route and middleware.
    public func router() -> Router<CheckoutRequestContext> {
        let router = Router(context: CheckoutRequestContext.self)
        router.middlewares.add(MetricsMiddleware(metrics: metrics))
        router.middlewares.add(SecurityHeadersMiddleware())
        router.middlewares.add(
            CORSMiddleware(
                allowOrigin: .custom(settings.siteOrigin), allowHeaders: [.accept, .contentType, .origin],
                allowMethods: [.get, .post, .options], maxAge: .seconds(600)))
        if let folder = settings.siteFolder {
            router.middlewares.add(FileMiddleware(folder, searchForIndexHtml: true))
        }
        PaymentRoutes(database: database, settings: settings, clock: clock, metrics: metrics).register(on: router)
        CheckoutRoutes(
            database: database, settings: settings, clock: clock, metrics: metrics,
            limiter: RateLimiter(perMinute: settings.holdsPerMinute), availabilityCache: availabilityCache
        ).register(on: router)
        return router
    }

    /// The application, ready for `runService()`.
    public func application(logger: Logger) -> some ApplicationProtocol {
        Application(
            router: router(),
            configuration: ApplicationConfiguration(
                address: .hostname(settings.host, port: settings.port), serverName: "gangway"),
            logger: logger)
    }
}
