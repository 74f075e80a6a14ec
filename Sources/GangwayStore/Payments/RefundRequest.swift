import GangwayCore

/// What a person asks `gangway order refund` to do.
public struct RefundRequest: Sendable {
    public var orderCode: String
    /// The tickets to void; empty: every valid ticket of the order (a whole refund).
    public var tickets: [String]
    /// How much to give back; nil: the whole payment for a whole refund, else the tickets' prices.
    public var amount: Money?
    public var reason: String
    /// Who ran it (for the audit log).
    public var actor: String

    public init(orderCode: String, tickets: [String] = [], amount: Money? = nil, reason: String, actor: String) {
        self.orderCode = orderCode
        self.tickets = tickets
        self.amount = amount
        self.reason = reason
        self.actor = actor
    }
}
