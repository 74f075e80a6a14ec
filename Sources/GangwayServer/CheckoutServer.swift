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
    /// Availability kept in memory, patched by this server's holds (see ``AvailabilityBook``).
    let availability: AvailabilityBook
    /// Group commit of holds (see ``HoldQueue``); its transactions patch ``availability``.
    public let holds: HoldQueue
    /// Holds per minute from one client; one limiter for the router and the responder.
    let limiter: RateLimiter

    /// `changeCheckInterval`: how often, at most, the database is asked whether anyone else wrote
    /// (the longest another process's write can go unseen by availability answers).
    public init(
        database: AppDatabase, settings: ServerSettings, clock: any GangwayCore.Clock,
        changeCheckInterval: Duration = .milliseconds(100), maximumHoldBatch: Int = 64
    ) {
        let availability = AvailabilityBook(checkInterval: changeCheckInterval)
        self.availability = availability
        self.holds = HoldQueue(database: database, maximumBatch: maximumHoldBatch) { transaction in
            availability.transactionCommitted(transaction)
        }
        self.limiter = RateLimiter(perMinute: settings.holdsPerMinute)
        self.database = database
        self.settings = settings
        self.clock = clock
    }

    /// What the server answers with: ``router()``, and availability reads straight from the book
    /// (see ``CheckoutResponder``).
    public func responder() -> CheckoutResponder {
        CheckoutResponder(router: router().buildResponder(), routes: routes(), metrics: metrics)
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
        routes().register(on: router)
        return router
    }

    private func routes() -> CheckoutRoutes {
        CheckoutRoutes(
            database: database, settings: settings, clock: clock, metrics: metrics, limiter: limiter,
            availability: availability, holds: holds)
    }

    /// The application, ready for `runService()`. Once it listens, the sailings still to depart
    /// are read in one pass for the holds (``HoldQueue/preload(now:)``).
    public func application(logger: Logger) -> some ApplicationProtocol {
        let (holds, clock) = (holds, clock)
        return Application(
            responder: responder(),
            configuration: ApplicationConfiguration(
                address: .hostname(settings.host, port: settings.port), serverName: "gangway"),
            onServerRunning: { _ in Task { await holds.preload(now: clock.now()) } },
            logger: logger)
    }
}
