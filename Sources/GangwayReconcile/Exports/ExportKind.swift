/// What an export file holds, detected from its content.
public enum ExportKind: String, Sendable, Hashable, CaseIterable, CustomStringConvertible {
    /// A ЮKassa payment registry (`РЕЕСТР ПЛАТЕЖЕЙ …`).
    case yookassaPayments
    /// A ЮKassa refund registry (`РЕЕСТР ВОЗВРАТОВ …`).
    case yookassaRefunds
    /// Saved ЮMoney `operation-history` responses.
    case yoomoneyHistory

    /// The provider the file comes from.
    public var provider: ExportProvider {
        switch self {
        case .yookassaPayments, .yookassaRefunds: return .yookassa
        case .yoomoneyHistory: return .yoomoney
        }
    }

    public var description: String {
        switch self {
        case .yookassaPayments: return "ЮKassa payment registry"
        case .yookassaRefunds: return "ЮKassa refund registry"
        case .yoomoneyHistory: return "ЮMoney wallet history"
        }
    }
}
