/// What sending one order's settlement receipt did.
public enum SettlementOutcome: Sendable, Equatable {
    /// Sent; ЮKassa's receipt id and status (`pending` until fiscalised, or `succeeded`).
    case sent(receiptID: String, status: String)
    /// ЮKassa canceled the receipt: flagged, tried again by the next run with a new key.
    case canceled(receiptID: String)
    /// Nothing to settle (no ЮKassa payment, or every place refunded).
    case nothingToSettle
}
