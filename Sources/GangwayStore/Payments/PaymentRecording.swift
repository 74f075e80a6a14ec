import GangwayCore

/// What ``AppDatabase/recordPayment(_:at:)`` did.
public struct PaymentRecording: Sendable, Equatable {
    public var outcome: PaymentOutcome
    /// The same provider id was recorded before: nothing changed, `outcome` is the first one.
    public var duplicate: Bool
    /// The order the payment was matched to, as it is now.
    public var order: OrderDetails?
}
