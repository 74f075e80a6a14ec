import GangwayCore

/// What a 54-FZ receipt for an order needs: who gets it, what was sold (in Russian), and which
/// payment paid for it.
public struct ReceiptFacts: Sendable, Equatable {
    public var orderCode: String
    public var total: Money
    public var email: String?
    /// Digits only (`79001234567`), for when there is no e-mail.
    public var phone: String?
    /// Every place sold, after discounts, and the service fee: they add up to the total.
    public var lines: [ReceiptLine]
    /// The places still valid (refunded ones left out), for the settlement receipt.
    public var remainingLines: [ReceiptLine]
    /// The provider's id of the payment that paid the order, once paid.
    public var paymentID: String?
    /// When the trip takes place (departure, or a charter's start), seconds since 1970.
    public var startsAt: Int64?
}
