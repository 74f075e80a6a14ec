import Foundation

/// Gangway's settings, one section per table of `gangway.toml` (docs/configuration.md).
///
/// `Configuration(workingDirectory:)` holds the defaults; ``load(file:fileRequired:environment:workingDirectory:)``
/// lays the configuration file and then the `GANGWAY_*` environment over them. Paths are stored
/// resolved, as absolute file URLs. The keys themselves — names, types, ranges, where each goes —
/// are listed once, in `Configuration+Keys.swift`; a property's default is written beside it here.
public struct Configuration: Sendable, Equatable {
    /// `[database]`: the SQLite file shared by every command and the server.
    public struct Database: Sendable, Equatable {
        /// `database.path`: the SQLite database file. Default `gangway.sqlite`.
        public var path: URL
        /// `database.busy_timeout_ms`: how long a write waits for another writer's lock, in
        /// milliseconds, before giving up. Default 5000.
        public var busyTimeoutMilliseconds = 5000

        /// The defaults, with relative paths resolved against `workingDirectory`.
        public init(workingDirectory: URL) {
            path = Configuration.resolvePath("gangway.sqlite", against: workingDirectory, isDirectory: false)
        }
    }

    /// `[inbox]`: where operators and finance drop files for `gangway import` and `reconcile`.
    public struct Inbox: Sendable, Equatable {
        /// `inbox.path`: the drop directory. Default `inbox`.
        public var path: URL

        /// The defaults, with relative paths resolved against `workingDirectory`.
        public init(workingDirectory: URL) {
            path = Configuration.resolvePath("inbox", against: workingDirectory, isDirectory: true)
        }
    }

    /// `[outbox]`: where generated files go (site, reports, mail spool, reconciliation).
    public struct Outbox: Sendable, Equatable {
        /// `outbox.path`: the output directory. Default `outbox`.
        public var path: URL

        /// The defaults, with relative paths resolved against `workingDirectory`.
        public init(workingDirectory: URL) {
            path = Configuration.resolvePath("outbox", against: workingDirectory, isDirectory: true)
        }
    }

    /// `[operator]`: how Gangway talks to the people running it.
    public struct Operator: Sendable, Equatable {
        /// `operator.timezone`: the zone of dates on the command line and in reports.
        /// Default `Europe/Moscow`.
        public var timeZone: TimeZone
        /// `operator.language`: the language of operator reports (import errors, summaries).
        /// Default Russian.
        public var language: OperatorLanguage = .ru

        /// The defaults.
        public init() {
            // Foundation knows this zone on every supported system; UTC only if tzdata is absent.
            timeZone = TimeZone(identifier: "Europe/Moscow") ?? TimeZone(secondsFromGMT: 3 * 3600) ?? .gmt
        }
    }

    /// `[site]`: the generated storefront.
    public struct Site: Sendable, Equatable {
        /// `site.languages`: the languages the site is built in, in menu order; always includes
        /// Russian. Default ru, en, zh.
        public var languages: [Language] = [.ru, .en, .zh]
        /// `site.base_url`: the public origin the site is served from (canonical URLs, sitemap).
        /// Default `http://localhost:8080`.
        public var baseURL = "http://localhost:8080"
        /// `site.checkout_url`: the origin of `gangway serve`, which forms post to and the seat map
        /// refreshes from. Default empty: not configured (forms post to the site's own origin).
        public var checkoutURL = ""
        /// `site.templates_path`: the templates folder. Default `templates`.
        public var templates: URL

        /// The defaults.
        public init(workingDirectory: URL) {
            templates = Configuration.resolvePath("templates", against: workingDirectory, isDirectory: true)
        }
    }

    /// `[import]`: limits and timing of `gangway import`.
    public struct Import: Sendable, Equatable {
        /// `import.settle_seconds`: files modified less than this many seconds ago are left for the
        /// next run (they may still be being copied). Default 0.
        public var settleSeconds = 0
        /// `import.max_file_mb`: files larger than this many mebibytes are rejected unread. Default 64.
        public var maxFileMegabytes = 64
        /// `import.max_xml_depth`: XML nested deeper than this is rejected. Default 32.
        public var maxXMLDepth = 32

        /// The defaults.
        public init() {}

        /// ``maxFileMegabytes`` in bytes.
        public var maxFileBytes: Int { maxFileMegabytes * 1_048_576 }
    }

    /// `[checkout]`: what a hold and an order may be, and how they are priced.
    public struct Checkout: Sendable, Equatable {
        /// `checkout.hold_minutes`: how long a hold keeps its places. Default 15.
        public var holdMinutes = 15
        /// `checkout.max_places_per_order`: seats and standing places in one order. Default 10.
        public var maxPlacesPerOrder = 10
        /// `checkout.service_fee`: added once per order, VAT-inclusive. Default "0.00" (none).
        public var serviceFee = Money.zero
        /// `checkout.vat_rate`: the VAT inside VAT-inclusive prices. Default "22/122".
        public var vatRate = VATRate.standard
        /// `checkout.vat_code`: the 54-FZ `vat_code` sent on receipts (payments.md). Default 12 (22/122).
        public var vatCode = 12
        /// `checkout.rate_limit_per_minute`: holds per client address per minute; 0 disables. Default 30.
        public var rateLimitPerMinute = 30

        public init() {}
    }

    /// `[payments]`: how customers pay. Secrets are never here: only in the environment
    /// (`GANGWAY_YOOMONEY_WALLET`, `GANGWAY_YOOMONEY_SECRET`, `GANGWAY_YOOKASSA_SHOP_ID`,
    /// `GANGWAY_YOOKASSA_SECRET_KEY`).
    public struct Payments: Sendable, Equatable {
        /// `payments.provider`: "yookassa" or "yoomoney". Default "yookassa".
        public var provider = PaymentProviderKind.yookassa
        /// `payments.yoomoney_payment_type`: "AC" (bank card) or "PC" (ЮMoney wallet). Default "AC".
        public var yoomoneyPaymentType = QuickpayPaymentType.card
        /// `payments.yookassa_api_url`: the ЮKassa API. Default "https://api.yookassa.ru/v3/".
        public var yookassaAPIURL = "https://api.yookassa.ru/v3/"
        /// `payments.yookassa_networks`: where ЮKassa's notifications may come from. Default: ЮKassa's
        /// published ranges (payments.md).
        public var yookassaNetworks = [
            "185.71.76.0/27", "185.71.77.0/27", "77.75.153.0/25", "77.75.154.128/25", "77.75.156.11", "77.75.156.35",
            "2a02:5180::/32",
        ]
        /// `payments.tax_system_code`: the 54-FZ `tax_system_code` (1–6) on receipts; 0 leaves it to
        /// the shop's settings in ЮKassa. Default 0.
        public var taxSystemCode = 0

        public init() {}
    }

    /// `[mail]`: messages Gangway writes to its outgoing spool.
    public struct Mail: Sendable, Equatable {
        /// `mail.from`: the sender of confirmations, an address (`tickets@example.ru`) or empty for
        /// `noreply@<host of site.base_url>`. Default "".
        public var from = ""

        public init() {}
    }

    /// `[reconcile]`: how far `gangway reconcile` acts on its own.
    public struct Reconcile: Sendable, Equatable {
        /// `reconcile.paid_orders`: "confirm" or "flag" a pending or expired order an export proves
        /// paid. Default "confirm".
        public var paidOrders = ReconcileResolution.confirm
        /// `reconcile.wallet_fee_max_bp`: the largest ЮMoney wallet fee (order total − credited), in
        /// basis points of the total, taken as "paid in full" when no notification was recorded.
        /// Default 500 (5 %).
        public var walletFeeMaxBasisPoints = 500

        public init() {}
    }

    /// How `gangway serve` finds the client's address for the rate limit.
    public enum ClientAddress: String, Sendable, Equatable, CaseIterable {
        /// The connection's peer (the server faces the internet).
        case peer
        /// The last hop of `X-Forwarded-For`: the one nginx appends (behind nginx only).
        case forwardedFor = "x-forwarded-for"
    }

    /// `[serve]`: the checkout endpoint's listener.
    public struct Serve: Sendable, Equatable {
        /// `serve.host`. Default "127.0.0.1" (nginx in front).
        public var host = "127.0.0.1"
        /// `serve.port`. Default 8080.
        public var port = 8080
        /// `serve.body_limit_kb`: larger request bodies are refused (413). Default 64.
        public var bodyLimitKilobytes = 64
        /// `serve.client_address`: "peer" or "x-forwarded-for". Default "peer".
        public var clientAddress = ClientAddress.peer

        public init() {}
    }

    /// `[database]` settings.
    public var database: Database
    /// `[inbox]` settings.
    public var inbox: Inbox
    /// `[outbox]` settings.
    public var outbox: Outbox
    /// `[operator]` settings.
    public var `operator`: Operator
    /// `[site]` settings.
    public var site: Site
    /// `[import]` settings.
    public var `import`: Import
    /// `[checkout]` settings.
    public var checkout = Checkout()
    /// `[serve]` settings.
    public var serve = Serve()
    /// `[payments]` settings.
    public var payments = Payments()
    /// `[reconcile]` settings.
    public var reconcile = Reconcile()
    /// `[mail]` settings.
    public var mail = Mail()

    /// The sender of confirmation e-mails: `mail.from`, else `noreply@<host of site.base_url>`.
    public var mailSender: String {
        mail.from.isEmpty ? "noreply@" + (URL(string: site.baseURL)?.host ?? "localhost") : mail.from
    }

    /// Where each key's value came from, by dotted key (`database.path`); every key is present.
    public var sources: [String: ConfigurationSource]
    /// The configuration file that was read, or `nil` when none was.
    public var file: URL?

    /// The defaults, with relative default paths resolved against `workingDirectory` (an absolute
    /// directory URL).
    public init(workingDirectory: URL) {
        database = Database(workingDirectory: workingDirectory)
        inbox = Inbox(workingDirectory: workingDirectory)
        outbox = Outbox(workingDirectory: workingDirectory)
        self.operator = Operator()
        site = Site(workingDirectory: workingDirectory)
        self.import = Import()
        sources = Dictionary(uniqueKeysWithValues: Self.keys.map { ($0.name, .defaultValue) })
        file = nil
    }

    /// `text` as an absolute, standardized file URL: as is when absolute, else appended to `base`.
    /// `~` is not expanded (the key checks reject it before this).
    public static func resolvePath(_ text: String, against base: URL, isDirectory: Bool) -> URL {
        let joined: String
        if text.hasPrefix("/") {
            joined = text
        } else {
            let basePath = base.absoluteURL.path(percentEncoded: false)
            joined = basePath.hasSuffix("/") ? basePath + text : basePath + "/" + text
        }
        return URL(filePath: joined, directoryHint: isDirectory ? .isDirectory : .notDirectory).standardizedFileURL
    }
}
