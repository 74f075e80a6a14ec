import ArgumentParser
import Foundation
import GangwayCore
import GangwayNotify
import GangwayPayments
import GangwayServer
import GangwayStore
import Logging

/// `gangway serve [--host H] [--port P] [--site DIR | --no-site]`
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Run the checkout endpoint (and the built site, for local use).",
        discussion: """
            Serves the checkout API under /api/v1 (docs/openapi.yaml), /healthz and /metrics over the shared \
            database, and the built storefront (outbox/site) at /. Stops gracefully on SIGTERM or SIGINT: \
            requests in flight finish first. In production put nginx in front (docs/deploy.md).
            """)

    @OptionGroup var global: GlobalOptions

    @Option(help: "Address to listen on (default: serve.host).")
    var host: String?

    @Option(help: "Port to listen on (default: serve.port).")
    var port: Int?

    @Option(help: "The built site to serve at / (default: outbox.path/site).")
    var site: String?

    @Flag(help: "Serve the API only, no site files.")
    var noSite = false

    func run() async throws {
        try await GangwayRunner.runAsync {
            let context = try CommandContext(options: global)
            let configuration = context.configuration
            if let port, !(1...65_535).contains(port) {
                throw CommandFailure("--port must be between 1 and 65535", exitCode: CommandFailure.usage)
            }
            let database = try context.openDatabase(create: false)
            try database.keepStatementJournalsInMemory()
            let folder =
                site.map {
                    Configuration.resolvePath($0, against: context.environment.workingDirectory, isDirectory: true)
                } ?? configuration.outbox.path.appendingPathComponent("site", isDirectory: true)
            let checkout = configuration.checkout
            let settings = ServerSettings(
                host: host ?? configuration.serve.host, port: port ?? configuration.serve.port,
                siteFolder: noSite ? nil : folder.path, siteOrigin: configuration.site.baseURL,
                bodyLimitBytes: configuration.serve.bodyLimitKilobytes * 1_024,
                holdsPerMinute: checkout.rateLimitPerMinute,
                trustForwardedFor: configuration.serve.clientAddress == .forwardedFor,
                policy: CheckoutPolicy(
                    holdSeconds: Int64(checkout.holdMinutes) * 60, maximumPlaces: checkout.maxPlacesPerOrder,
                    pricing: OrderPricing(vatRate: checkout.vatRate, serviceFee: checkout.serviceFee),
                    timeZone: configuration.operator.timeZone.identifier),
                payments: PaymentSettings(
                    provider: configuration.payments.provider,
                    yoomoney: YooMoneyAccount(
                        environment: context.environment.variables,
                        paymentType: configuration.payments.yoomoneyPaymentType),
                    yookassa: context.yookassaClient(),
                    yookassaNetworks: try IPAllowlist(configuration.payments.yookassaNetworks),
                    vatCode: configuration.checkout.vatCode, taxSystemCode: context.taxSystemCode,
                    confirmations: (
                        try ConfirmationComposer(
                            templates: configuration.site.templates,
                            from: MailAddress(address: configuration.mailSender)),
                        MailSpool(folder: configuration.outbox.path.appendingPathComponent("mail", isDirectory: true))
                    )))
            // The server logs holds and its own life at info (no personal data: order codes, sailing
            // ids and counts only) unless --log-level asks for something other than the default warning.
            var logger = Logger(label: "gangway.serve")
            let requested = Logger.Level(rawValue: global.logLevel) ?? .info
            logger.logLevel = requested == .warning ? .info : requested
            let server = CheckoutServer(database: database, settings: settings, clock: context.clock)
            logger.info(
                "listening", metadata: ["host": .string(settings.host), "port": .stringConvertible(settings.port)])
            try await server.application(logger: logger).runService()
            return 0
        }
    }
}
