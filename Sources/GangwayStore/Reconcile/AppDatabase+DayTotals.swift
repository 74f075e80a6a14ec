import GRDB

extension AppDatabase {
    /// Adds new export rows' totals to their days in `export_day_total`.
    static func addDayTotals(_ db: Database, _ totals: [ReconcileDay: ExportDayTotal]) throws {
        for (day, total) in totals {
            try db.execute(
                sql: """
                    INSERT INTO export_day_total (provider, day, payments, gross, commission, commission_vat, net,
                        refunds, refunded, matched)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0)
                    ON CONFLICT (provider, day) DO UPDATE SET payments = payments + excluded.payments,
                        gross = gross + excluded.gross, commission = commission + excluded.commission,
                        commission_vat = commission_vat + excluded.commission_vat, net = net + excluded.net,
                        refunds = refunds + excluded.refunds, refunded = refunded + excluded.refunded
                    """,
                arguments: [
                    day.provider, day.day, total.payments, total.gross, total.commission, total.commissionVAT,
                    total.net, total.refunds, total.refunded,
                ])
        }
    }

    /// Adds clean matches (`export_match` rows just written) to their days' counts.
    static func addMatches(_ db: Database, _ matched: [ReconcileDay: Int]) throws {
        for (day, count) in matched where count > 0 {
            try db.execute(
                sql: """
                    INSERT INTO export_day_total (provider, day, payments, gross, commission, commission_vat, net,
                        refunds, refunded, matched)
                    VALUES (?, ?, 0, 0, 0, 0, 0, 0, 0, ?)
                    ON CONFLICT (provider, day) DO UPDATE SET matched = matched + excluded.matched
                    """, arguments: [day.provider, day.day, count])
        }
    }

    /// A provider's day as its stored export rows add up, or nil when no row of it is stored.
    static func dayTotal(_ db: Database, _ day: ReconcileDay) throws -> (total: ExportDayTotal, matched: Int)? {
        guard
            let row = try Row.fetchOne(
                db,
                sql: """
                    SELECT payments, gross, commission, commission_vat, net, refunds, refunded, matched
                    FROM export_day_total WHERE provider = ? AND day = ?
                    """, arguments: [day.provider, day.day])
        else { return nil }
        return (
            ExportDayTotal(
                payments: row[0], gross: row[1], commission: row[2], commissionVAT: row[3], net: row[4],
                refunds: row[5], refunded: row[6]), row[7]
        )
    }
}
