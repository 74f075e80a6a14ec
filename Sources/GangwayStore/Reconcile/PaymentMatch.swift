/// A clean match the first pass found: the export row and its outcome, handed from the thread
/// that judges the rows to the one that records them.
struct PaymentMatch: Sendable {
    var rowID: Int64
    var outcome: ReconcileOutcome
}
