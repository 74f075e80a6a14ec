/// What `gangway reconcile` does with a pending or expired order an export proves paid
/// (`reconcile.paid_orders`).
public enum ReconcileResolution: String, Sendable, Equatable, CaseIterable {
    /// Confirm it through the payment path: tickets issued when its places are still free
    /// (flagged when not), confirmation spooled.
    case confirm
    /// Only flag it for a person.
    case flag
}
