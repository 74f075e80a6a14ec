import GangwayCore

/// What a refund did: the amount, the tickets voided (their places are free again), whether the
/// order is now wholly refunded, and for a ЮMoney payment what a person must send back by hand.
public struct RefundResult: Sendable, Equatable {
    public var orderCode: String
    public var amount: Money
    public var voidedTickets: [String]
    public var orderRefunded: Bool
    public var provider: PaymentProviderKind
    /// The provider's id of the payment being refunded (the ЮMoney operation to find in the wallet).
    public var paymentProviderID: String
    /// True when the money must be sent back by a person (ЮMoney wallets have no refund API).
    public var manual: Bool
}
