/// The non-tabular lines of a ЮKassa registry: title, stated day and totals footer, Russian and English,
/// as normalised text (see ``RegistryText/normalise(_:)``).
enum RegistryLabels {
    /// Title lines start with these (`РЕЕСТР ПЛАТЕЖЕЙ ПО ДОГОВОРУ …`).
    static func titles(of kind: ExportKind) -> [String] {
        kind == .yookassaRefunds
            ? ["реестр возвратов", "refund registry", "refunds registry", "registry of refunds"]
            : ["реестр платежей", "payment registry", "payments registry", "registry of payments"]
    }

    /// `Дата платежей: 2026-07-12`.
    static func day(of kind: ExportKind) -> [String] {
        kind == .yookassaRefunds
            ? ["дата возвратов", "refunds date", "refund date", "date of refunds"]
            : ["дата платежей", "payments date", "payment date", "date of payments"]
    }

    /// `Сумма принятых платежей: 100.00 RUB`.
    static func total(of kind: ExportKind) -> [String] {
        kind == .yookassaRefunds
            ? ["сумма возвратов", "total refunds", "total refunds made", "total amount of refunds"]
            : [
                "сумма принятых платежей", "сумма платежей", "total payments accepted", "total accepted payments",
                "total payments", "total amount of payments",
            ]
    }

    /// `Число платежей: 1`.
    static func count(of kind: ExportKind) -> [String] {
        kind == .yookassaRefunds
            ? ["число возвратов", "количество возвратов", "number of refunds", "refunds count", "refund count"]
            : ["число платежей", "количество платежей", "number of payments", "payments count", "payment count"]
    }

    /// The registry kinds, for label look-ups that do not know the kind yet.
    static let registryKinds: [ExportKind] = [.yookassaPayments, .yookassaRefunds]
}
