import Foundation

/// The ЮKassa shop payments go to: its id and secret key, from the environment only
/// (`GANGWAY_YOOKASSA_SHOP_ID`, `GANGWAY_YOOKASSA_SECRET_KEY`), never logged or printed.
public struct YooKassaCredentials: Sendable, CustomStringConvertible {
    public static let shopIDVariable = "GANGWAY_YOOKASSA_SHOP_ID"
    public static let secretKeyVariable = "GANGWAY_YOOKASSA_SECRET_KEY"

    public var shopID: String
    public var secretKey: String

    public init(shopID: String, secretKey: String) {
        self.shopID = shopID
        self.secretKey = secretKey
    }

    /// The credentials from environment variables, or `nil` when either is missing or empty.
    public init?(environment: [String: String]) {
        guard let shop = environment[Self.shopIDVariable]?.trimmingCharacters(in: .whitespaces), !shop.isEmpty,
            let key = environment[Self.secretKeyVariable]?.trimmingCharacters(in: .whitespaces), !key.isEmpty
        else { return nil }
        self.init(shopID: shop, secretKey: key)
    }

    /// A test shop's key starts with `test_` (payments.md): its payments move no money.
    public var isTestShop: Bool { secretKey.hasPrefix("test_") }

    /// HTTP Basic: the shop id as user, the secret key as password.
    var authorization: String {
        "Basic " + Data("\(shopID):\(secretKey)".utf8).base64EncodedString()
    }

    /// The shop only: the key never reaches a log line or an error message.
    public var description: String { "ЮKassa shop \(shopID)\(isTestShop ? " (test)" : "")" }
}
