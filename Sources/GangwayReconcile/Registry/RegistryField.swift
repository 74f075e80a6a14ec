/// The registry columns the reader uses, and the header names that mean them. Names are compared after
/// ``RegistryText/normalise(_:)`` (case, `ё`, spaces and quotes do not matter); other columns are
/// ignored.
enum RegistryField: CaseIterable {
    case paymentID
    case refundID
    case gross
    case currency
    case net
    case commission
    case commissionVAT
    case time
    case description
    case metadata
    case method

    /// A dense 0-based number, for arrays indexed by field.
    var ordinal: Int {
        switch self {
        case .paymentID: return 0
        case .refundID: return 1
        case .gross: return 2
        case .currency: return 3
        case .net: return 4
        case .commission: return 5
        case .commissionVAT: return 6
        case .time: return 7
        case .description: return 8
        case .metadata: return 9
        case .method: return 10
        }
    }

    /// The header names of this field in a registry of `kind` (empty when the kind has no such column).
    func names(in kind: ExportKind) -> [String] {
        let refunds = kind == .yookassaRefunds
        switch self {
        case .paymentID:
            return ["идентификатор платежа", "id платежа", "payment id", "payment identifier"]
        case .refundID:
            return refunds ? ["идентификатор возврата", "id возврата", "refund id", "refund identifier"] : []
        case .gross:
            return refunds
                ? ["сумма возврата", "refund amount", "amount", "сумма"]
                : ["сумма платежа", "payment amount", "amount", "сумма", "gross amount"]
        case .currency:
            return refunds
                ? ["валюта возврата", "refund currency", "currency", "валюта"]
                : ["валюта платежа", "payment currency", "currency", "валюта"]
        case .net:
            return refunds
                ? []
                : [
                    "сумма за вычетом комиссии и ндс", "сумма за вычетом комиссии", "amount net of commission and vat",
                    "amount net of commission", "net amount", "net", "income amount",
                ]
        case .commission:
            return refunds
                ? []
                : [
                    "сумма комиссии без ндс", "сумма комиссии", "комиссия", "commission", "commission excl. vat",
                    "commission excl vat", "commission excluding vat", "commission without vat", "commission amount",
                ]
        case .commissionVAT:
            return refunds ? [] : ["ндс с комиссии", "ндс на комиссию", "vat on commission", "commission vat"]
        case .time:
            return refunds
                ? [
                    "время возврата", "дата возврата", "дата и время возврата", "refund time", "refund date", "date",
                    "time",
                ]
                : [
                    "время платежа", "дата платежа", "дата и время платежа", "payment time", "payment date", "date",
                    "time", "date and time",
                ]
        case .description:
            return ["описание", "описание платежа", "описание возврата", "назначение платежа", "description"]
        case .metadata:
            return ["метаданные", "metadata"]
        case .method:
            return ["тип платежа", "способ оплаты", "метод оплаты", "payment method", "payment type", "method"]
        }
    }

    /// The fields a registry of `kind` cannot do without.
    static func required(in kind: ExportKind) -> [RegistryField] {
        kind == .yookassaRefunds
            ? [.refundID, .paymentID, .gross, .currency, .time]
            : [.paymentID, .gross, .currency, .time]
    }

    /// How an error names the column when the header lacks it, in the header's language.
    func displayName(in kind: ExportKind, russian: Bool) -> String {
        let refunds = kind == .yookassaRefunds
        switch self {
        case .paymentID: return russian ? "Идентификатор платежа" : "Payment ID"
        case .refundID: return russian ? "Идентификатор возврата" : "Refund ID"
        case .gross:
            return refunds
                ? (russian ? "Сумма возврата" : "Refund amount") : (russian ? "Сумма платежа" : "Payment amount")
        case .currency:
            return refunds ? (russian ? "Валюта возврата" : "Currency") : (russian ? "Валюта платежа" : "Currency")
        case .net: return russian ? "Сумма за вычетом комиссии и НДС" : "Amount net of commission and VAT"
        case .commission: return russian ? "Сумма комиссии без НДС" : "Commission excl. VAT"
        case .commissionVAT: return russian ? "НДС с комиссии" : "VAT on commission"
        case .time:
            return refunds ? (russian ? "Время возврата" : "Refund time") : (russian ? "Время платежа" : "Payment time")
        case .description: return russian ? "Описание" : "Description"
        case .metadata: return russian ? "Метаданные" : "Metadata"
        case .method: return russian ? "Тип платежа" : "Payment method"
        }
    }
}
