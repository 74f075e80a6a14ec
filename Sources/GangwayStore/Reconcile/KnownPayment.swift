import GangwayCore

/// What matching an export row needs of a payment Gangway recorded, and whether an export row
/// of the run has shown it (a recorded payment no export of its day shows is missing).
struct KnownPayment: Sendable, Equatable {
    // Declared widest first: a million of these are held at once.
    /// `payment.id`: missing payments are reported in the order they were recorded.
    var rowID: Int64
    var gross: Int64
    var net: Int64?
    var outcome: PaymentOutcome
    var shown: Bool

    init(rowID: Int64, outcome: PaymentOutcome, gross: Int64, net: Int64? = nil, shown: Bool = false) {
        self.rowID = rowID
        self.gross = gross
        self.net = net
        self.outcome = outcome
        self.shown = shown
    }

    /// Whether it paid an order, so that its day's export must show it.
    var paidAnOrder: Bool { outcome == .fulfilled || outcome == .overpaid || outcome == .paidLatePlacesGone }
}
