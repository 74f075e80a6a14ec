/// One provider's day as its export rows add up (each row counted once, by the read that first
/// stored it): what the report's totals line shows, kept in `export_day_total`.
struct ExportDayTotal: Sendable, Equatable {
    /// Payments that moved money (a wallet operation `refused` or `in_progress` did not).
    var payments = 0
    var gross: Int64 = 0
    var commission: Int64 = 0
    var commissionVAT: Int64 = 0
    var net: Int64 = 0
    var refunds = 0
    var refunded: Int64 = 0

    /// Counts `row` in: a credited payment adds its count, gross (the credited amount when the
    /// export states no gross) and net; every payment its commission; a credited refund its amount.
    mutating func add(_ row: ExportRecord) {
        let credited = row.status == nil || row.status == "success"
        if row.kind == "payment" {
            commission += row.commission ?? 0
            commissionVAT += row.commissionVAT ?? 0
            guard credited else { return }
            payments += 1
            gross += row.gross ?? row.net ?? 0
            net += row.net ?? 0
        } else if row.kind == "refund", credited {
            refunds += 1
            refunded += row.gross ?? row.net ?? 0
        }
    }

    /// Adds another part of the same day.
    mutating func add(_ other: ExportDayTotal) {
        payments += other.payments
        gross += other.gross
        commission += other.commission
        commissionVAT += other.commissionVAT
        net += other.net
        refunds += other.refunds
        refunded += other.refunded
    }
}
