import GangwayCore

/// A refund a provider's API made (ЮKassa): its id, state and amount, recorded with the refund.
public struct ProviderRefund: Sendable, Equatable {
    public var id: String
    /// `pending` or `succeeded` (a `canceled` refund is refused before anything changes).
    public var status: String
    public var amount: Money

    public init(id: String, status: String, amount: Money) {
        self.id = id
        self.status = status
        self.amount = amount
    }
}
