import GangwayCore

/// `{"value": "1500.00", "currency": "RUB"}`: an amount as ЮKassa writes it.
public struct YooKassaAmount: Codable, Sendable, Equatable {
    public var value: String
    public var currency: String

    public init(value: String, currency: String) {
        self.value = value
        self.currency = currency
    }

    /// Roubles, written with two decimals.
    public init(_ money: Money) { self.init(value: ProtocolAmount.format(money), currency: "RUB") }

    /// The amount in kopecks, or `nil` when the value is not a protocol amount.
    public var money: Money? { ProtocolAmount.parse(value) }
}
