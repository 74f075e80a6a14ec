/// Sums worked out from the rows of one export, in kopecks.
///
/// For ЮKassa registries every row counts. For ЮMoney history the amounts count only operations with
/// status `success`, incoming ones added and outgoing ones subtracted, while ``count`` still counts
/// every operation delivered.
public struct ExportTotals: Sendable, Hashable {
    /// Rows delivered.
    public var count: Int
    /// Sum of gross amounts (`Сумма платежа` / `Сумма возврата`); 0 for ЮMoney history.
    public var gross: Int64
    /// Sum of net amounts (net of commission and VAT; ЮMoney: credited).
    public var net: Int64
    /// Sum of commissions without VAT.
    public var commission: Int64
    /// Sum of VAT on commission.
    public var commissionVAT: Int64

    public init(count: Int = 0, gross: Int64 = 0, net: Int64 = 0, commission: Int64 = 0, commissionVAT: Int64 = 0) {
        self.count = count
        self.gross = gross
        self.net = net
        self.commission = commission
        self.commissionVAT = commissionVAT
    }
}
