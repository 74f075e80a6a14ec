/// Which payment service an export comes from.
public enum ExportProvider: String, Sendable, Hashable, CaseIterable {
    /// ЮKassa (merchant API): daily payment and refund registries.
    case yookassa
    /// The ЮMoney wallet: saved `operation-history` responses.
    case yoomoney
}
