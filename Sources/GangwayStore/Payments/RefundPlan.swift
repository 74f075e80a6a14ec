import GangwayCore

/// What a refund will do, worked out before anything changes: how much goes back to which
/// payment, which tickets are voided, and the refund receipt's lines (they add up to `amount`).
public struct RefundPlan: Sendable, Equatable {
    public var orderCode: String
    public var amount: Money
    public var tickets: [String]
    /// No valid ticket is left afterwards: the order becomes `refunded`.
    public var wholeOrder: Bool
    public var provider: PaymentProviderKind
    public var paymentProviderID: String
    public var receiptLines: [ReceiptLine]
    public var email: String?
    public var phone: String?

    /// Identifies the request, so that retrying the same refund reuses its idempotence key.
    public var fingerprint: String { "\(paymentProviderID)|\(amount.kopecks)|\(tickets.joined(separator: ","))" }
}
