import GangwayCore

/// A payment as recorded: who took it, its ids and amounts in kopecks, and what was done.
public struct RecordedPayment: Sendable, Equatable {
    public var provider: PaymentProviderKind
    public var providerID: String
    public var outcome: PaymentOutcome
    /// Charged to the payer; credited to us after the provider's fee; the fee (gross − net).
    public var gross: Money
    public var net: Money?
    public var fee: Money?
    public var currency: String
    /// The provider's time of the payment as it wrote it, and when we recorded it (UTC seconds).
    public var occurredAt: String
    public var recordedAt: Int64
}
