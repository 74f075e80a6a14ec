import GRDB

/// The first pass's judgement of new payment rows, one at a time in row order (see
/// ``AppDatabase/matchPaymentRows(_:reader:after:payments:counted:byDay:)``): each is matched by
/// id to the judged days' payments (marking the payment shown) or to the payment looked up. It
/// keeps what the pass found: the clean matches counted per outcome and per provider day, the rows
/// left for a finding, and among them those that could prove a payment never recorded.
///
/// `@unchecked Sendable`: it may run on the thread that reads the rows and is handed back whole
/// when that thread is done; the payments it marks are touched by no one else meanwhile.
struct PaymentRowMatcher: @unchecked Sendable {
    private let payments: [String: KnownPayments]
    private(set) var counted: [ReconcileOutcome: Int] = [:]
    private(set) var byDay: [ReconcileDay: Int] = [:]
    /// Rows that will need a finding (written after confirmation, so findings keep row order).
    private(set) var later: [Int64] = []
    /// Of those, the rows in roubles, credited and naming an order, with no payment under their id.
    private(set) var unrecorded: [Int64] = []
    // Rows come day by day and provider by provider: the current day's matches are counted
    // apart, and its provider's payments kept at hand.
    private var day = ReconcileDay(provider: "", day: "")
    private var dayMatches = 0
    private var provider = ""
    private var known: KnownPayments?

    init(payments: [String: KnownPayments]) {
        self.payments = payments
    }

    /// Judges the row under `cursor` (``AppDatabase/paymentRowColumns``); `db` looks up a payment
    /// of another day. Returns the outcome of a clean match (or of a wallet operation that moved
    /// no money), to be kept in `export_match`; nil when the row is left for a finding.
    mutating func judge(_ cursor: StepCursor, _ db: Database) throws -> ReconcileOutcome? {
        let row = AppDatabase.paymentRow(cursor)
        if row.provider != provider {
            provider = row.provider
            known = payments[provider]
        }
        let payment = try AppDatabase.payment(db, of: cursor, provider: row.provider, in: known, show: true)
        if payment == nil, row.currency == "RUB", row.status == nil || row.status == "success", row.orderRef != nil {
            unrecorded.append(row.id)
        }
        // With no payment the order decides, after confirmation; never a clean match then.
        let outcome = PaymentJudgement.outcome(of: row, payment: payment) { nil }
        guard payment != nil || outcome == .notCredited, !outcome.isListed else {
            later.append(row.id)
            return nil
        }
        counted[outcome, default: 0] += 1
        if row.day != day.day || row.provider != day.provider {
            finishDay()
            day = ReconcileDay(provider: row.provider, day: row.day)
        }
        dayMatches += 1
        return outcome
    }

    /// Adds the current day's matches to `byDay`; call once the last row is judged.
    mutating func finishDay() {
        if dayMatches > 0 { byDay[day, default: 0] += dayMatches }
        dayMatches = 0
    }
}
