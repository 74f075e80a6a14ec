/// What reconciliation found for one export row or one recorded payment (docs/reconciliation.md
/// explains each, with what finance should do).
public enum ReconcileOutcome: String, Sendable, CaseIterable, Codable {
    /// The export's payment is the one recorded, for the same amount.
    case matched
    /// Matched to an order or a recorded payment, but the amounts differ.
    case amountDiffers = "amount_differs"
    /// A second payment for an order that was already paid.
    case paidTwice = "paid_twice"
    /// The export's payment names no order.
    case noOrder = "no_order"
    /// A payment recorded as paying an order is absent from the export that covers its day.
    case missingFromExport = "missing_from_export"
    /// The export proves a payment Gangway never recorded for a pending order; it was confirmed
    /// (tickets issued) because `reconcile.confirm_paid_orders` is on.
    case confirmedFromExport = "confirmed_from_export"
    /// The export proves a payment Gangway never recorded; left for a person
    /// (`reconcile.confirm_paid_orders` is off).
    case paidNotRecorded = "paid_not_recorded"
    /// Money received after the order's hold lapsed, and its places were still free: confirmed.
    case latePaymentConfirmed = "late_payment_confirmed"
    /// Money received after the order's hold lapsed; its places are gone (or confirming is off):
    /// needs a decision.
    case latePayment = "late_payment"
    /// A refund of a payment Gangway knows, within what was paid.
    case refundMatched = "refund_matched"
    /// A refund of a payment found neither in Gangway nor in any export.
    case refundNoPayment = "refund_no_payment"
    /// Refunds of a payment add up to more than was paid.
    case refundExceeds = "refund_exceeds"
    /// Not in roubles.
    case wrongCurrency = "wrong_currency"
    /// A wallet operation that did not complete (`refused`, `in_progress`): no money moved.
    case notCredited = "not_credited"

    /// Whether the report lists it one by one (otherwise it is only counted: a clean match, a
    /// matched refund, a wallet operation that moved no money).
    public var isListed: Bool { self != .matched && self != .refundMatched && self != .notCredited }

    /// Whether finance must look at it.
    public var needsAttention: Bool {
        switch self {
        case .matched, .refundMatched, .confirmedFromExport, .latePaymentConfirmed, .notCredited: false
        default: true
        }
    }
}
