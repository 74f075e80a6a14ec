/// What one reconciliation pass did: the findings it added by outcome, and the orders it
/// confirmed from the export (their confirmation e-mails are due).
public struct ReconcileActions: Sendable, Equatable {
    public var added: [ReconcileOutcome: Int]
    public var confirmedOrders: [String]
}
