/// Where an order is in its life.
///
/// `pending` (held, waiting for payment) → `paid` (tickets issued) or `expired` (the hold lapsed);
/// `paid` → `refunded` (all of it); a payment that arrives when the places are gone makes it
/// `needs_resolution` (listed for a refund). A pending order past its `expires_at` is reported
/// `expired` at once, before `gangway holds expire` writes it down.
public enum OrderStatus: String, Sendable, Hashable, Codable, CaseIterable {
    case pending
    case paid
    case expired
    case refunded
    case needsResolution = "needs_resolution"
}
