import Foundation
import GangwayStore

/// What `gangway serve` runs with (from the configuration; see docs/configuration.md).
public struct ServerSettings: Sendable {
    public var host: String
    public var port: Int
    /// The built storefront, served at `/` for local use (nginx serves it in production).
    public var siteFolder: String?
    /// The storefront's origin (`site.base_url`), the one origin CORS allows.
    public var siteOrigin: String
    /// Requests with a larger body are refused (413).
    public var bodyLimitBytes: Int
    /// Holds per client per minute; 0 disables the limit.
    public var holdsPerMinute: Int
    /// Take the client address from `X-Forwarded-For` (behind a trusted proxy such as nginx).
    public var trustForwardedFor: Bool
    public var policy: CheckoutPolicy
    /// The payment provider and its account.
    public var payments: PaymentSettings

    public init(
        host: String = "127.0.0.1", port: Int = 8080, siteFolder: String? = nil,
        siteOrigin: String = "http://localhost:8080", bodyLimitBytes: Int = 64 * 1_024, holdsPerMinute: Int = 30,
        trustForwardedFor: Bool = false, policy: CheckoutPolicy = CheckoutPolicy(),
        payments: PaymentSettings = PaymentSettings()
    ) {
        self.host = host
        self.port = port
        self.siteFolder = siteFolder
        self.siteOrigin = siteOrigin
        self.bodyLimitBytes = bodyLimitBytes
        self.holdsPerMinute = holdsPerMinute
        self.trustForwardedFor = trustForwardedFor
        self.policy = policy
        self.payments = payments
    }
}
