/// What Gangway did with a payment it was told about. Every payment is recorded with its
/// outcome; only `fulfilled`, `overpaid` and `paidLatePlacesGone` mark the order paid.
public enum PaymentOutcome: String, Sendable, Hashable, Codable, CaseIterable {
    /// The order is paid and its tickets issued.
    case fulfilled
    /// Paid and ticketed, but the payer was charged more than the total: flagged for a partial refund.
    case overpaid
    /// The money came after the hold lapsed and a place was sold meanwhile: the order is
    /// `needs_resolution` (no tickets) and listed for a refund.
    case paidLatePlacesGone = "paid_late_places_gone"
    /// Less than the total: recorded, the order stays unpaid, flagged for a person.
    case underpaid
    /// Not credited yet (ЮMoney `unaccepted`): recorded, not fulfilled.
    case unaccepted
    /// The reference names no order: recorded, flagged.
    case noOrder = "no_order"
    /// The order was already paid: a second payment, flagged for a refund.
    case alreadyPaid = "already_paid"
    /// The order cannot be paid any more (refunded): flagged for a refund.
    case notPayable = "not_payable"
    /// Not in roubles: recorded, flagged.
    case wrongCurrency = "wrong_currency"

    /// Whether a person must look at it (everything but a plain fulfilment).
    public var needsAttention: Bool { self != .fulfilled }
}
