import Foundation

// The one list of configuration keys. To add a key: add the property (with its default) to its
// section in Configuration.swift, add one line here, and document it in gangway.toml and
// docs/configuration.md (ConfigurationTests fails until both mention it with the default).

extension Configuration {
    /// Every key Gangway reads, in the order of the documented file.
    static let keys: [ConfigurationKey] = [
        .path("database.path", \.database.path, isDirectory: false),
        .integer("database.busy_timeout_ms", \.database.busyTimeoutMilliseconds, in: 0...Int.max),
        .path("inbox.path", \.inbox.path, isDirectory: true),
        .path("outbox.path", \.outbox.path, isDirectory: true),
        .timeZone("operator.timezone", \.operator.timeZone),
        .choice("operator.language", \.operator.language),
        .languages("site.languages", \.site.languages),
        .origin("site.base_url", \.site.baseURL, optional: false),
        .origin("site.checkout_url", \.site.checkoutURL, optional: true),
        .path("site.templates_path", \.site.templates, isDirectory: true),
        .integer("import.settle_seconds", \.import.settleSeconds, in: 0...Int.max),
        .integer("import.max_file_mb", \.import.maxFileMegabytes, in: 1...1024),
        .integer("import.max_xml_depth", \.import.maxXMLDepth, in: 4...256),
        .integer("checkout.hold_minutes", \.checkout.holdMinutes, in: 1...1_440),
        .integer("checkout.max_places_per_order", \.checkout.maxPlacesPerOrder, in: 1...500),
        .money("checkout.service_fee", \.checkout.serviceFee),
        .vatRate("checkout.vat_rate", \.checkout.vatRate),
        .integer("checkout.vat_code", \.checkout.vatCode, in: 1...12),
        .integer("checkout.rate_limit_per_minute", \.checkout.rateLimitPerMinute, in: 0...100_000),
        .host("serve.host", \.serve.host),
        .integer("serve.port", \.serve.port, in: 1...65_535),
        .integer("serve.body_limit_kb", \.serve.bodyLimitKilobytes, in: 1...10_240),
        .choice("serve.client_address", \.serve.clientAddress),
        .choice("payments.provider", \.payments.provider),
        .choice("payments.yoomoney_payment_type", \.payments.yoomoneyPaymentType),
        .url("payments.yookassa_api_url", \.payments.yookassaAPIURL),
        .networks("payments.yookassa_networks", \.payments.yookassaNetworks),
        .integer("payments.tax_system_code", \.payments.taxSystemCode, in: 0...6),
        .mailAddress("mail.from", \.mail.from),
        .choice("reconcile.paid_orders", \.reconcile.paidOrders),
        .integer("reconcile.wallet_fee_max_bp", \.reconcile.walletFeeMaxBasisPoints, in: 0...10_000),
    ]

    /// One key's current value and where it came from, for `gangway status`.
    public struct Setting: Sendable, Hashable {
        /// The dotted key: `database.path`.
        public var key: String
        /// The value in file syntax; paths are absolute, the time zone is its identifier.
        public var value: ConfigValue
        /// Where the value came from: default, `file:line`, or an environment variable.
        public var source: ConfigurationSource
        /// The variable that overrides it: `GANGWAY_DATABASE_PATH`.
        public var environmentVariable: String
    }

    /// Every key's value and source, in the order of the documented file.
    public var settings: [Setting] {
        Self.keys.map { key in
            Setting(
                key: key.name, value: key.render(self), source: sources[key.name] ?? .defaultValue,
                environmentVariable: key.environmentVariable
            )
        }
    }

    /// The dotted names of every key, in the order of the documented file.
    public static var keyNames: [String] { keys.map(\.name) }

    /// The environment variable that overrides `key` (`GANGWAY_` + upper-cased, `.` → `_`), or
    /// `nil` for an unknown key.
    public static func environmentVariable(for key: String) -> String? {
        keys.first { $0.name == key }?.environmentVariable
    }
}
