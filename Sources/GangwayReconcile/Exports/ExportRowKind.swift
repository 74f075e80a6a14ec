/// Whether an export row is money received or money sent back.
public enum ExportRowKind: String, Sendable, Hashable, CaseIterable {
    /// A payment (ЮKassa payment registry row; ЮMoney operation with direction `in`).
    case payment
    /// A refund (ЮKassa refund registry row; ЮMoney operation with direction `out`).
    case refund
}
