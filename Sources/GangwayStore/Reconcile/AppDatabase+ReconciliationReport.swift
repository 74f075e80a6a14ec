import GRDB
import GangwayCore

extension AppDatabase {
    /// The days the given export files cover (both payments and refunds).
    public func coveredDays(files: [Int64]) throws -> [ReconcileDay] {
        guard !files.isEmpty else { return [] }
        return try writer.read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT DISTINCT provider, day FROM export_coverage
                    WHERE file_id IN (\(files.map { _ in "?" }.joined(separator: ",")))
                    """, arguments: StatementArguments(files)
            ).map { ReconcileDay(provider: $0[0], day: $0[1]) }.sorted()
        }
    }

    /// The report for `days`: their totals as kept while the export rows were read (each row
    /// once) and classified, the footers of the files covering them, and their findings that
    /// need a person or changed something.
    public func reconciliationReport(days: [ReconcileDay]) throws -> ReconciliationReport {
        try writer.read { db in
            var report = ReconciliationReport(days: [], findings: [], matched: 0)
            for day in days.sorted() {
                let kept = try Self.dayTotal(db, day)
                let totals = kept?.total ?? ExportDayTotal()
                let footers = try Row.fetchAll(
                    db,
                    sql: """
                        SELECT f.name, f.footer_total, f.footer_count FROM export_coverage c
                        JOIN export_file f ON f.id = c.file_id
                        WHERE c.provider = ? AND c.day = ? AND c.kind = 'payment' ORDER BY f.id
                        """, arguments: [day.provider, day.day])
                let stated = footers.compactMap { $0[1] as Int64? }
                let counted = footers.compactMap { $0[2] as Int? }
                report.days.append(
                    ReconciliationReport.Day(
                        provider: day.provider, day: day.day, payments: totals.payments, gross: totals.gross,
                        commission: totals.commission, commissionVAT: totals.commissionVAT, net: totals.net,
                        refunds: totals.refunds, refunded: totals.refunded,
                        footerTotal: stated.isEmpty ? nil : stated.reduce(0, +),
                        footerCount: counted.isEmpty ? nil : counted.reduce(0, +),
                        files: try String.fetchAll(
                            db,
                            sql: """
                                SELECT DISTINCT f.name FROM export_coverage c JOIN export_file f ON f.id = c.file_id
                                WHERE c.provider = ? AND c.day = ? ORDER BY f.name
                                """, arguments: [day.provider, day.day])))
                report.matched += kept?.matched ?? 0
                report.findings += try Row.fetchAll(
                    db,
                    sql: """
                        SELECT x.id, x.outcome, x.provider, x.day, x.order_code,
                            TRIM(COALESCE(c.name, '') || ' ' || COALESCE(c.email, c.phone, '')),
                            x.provider_id, x.expected, x.actual, x.fee, x.evidence, x.resolution, x.resolved_by
                        FROM reconciliation_finding x
                        LEFT JOIN sales_order o ON o.code = x.order_code
                        LEFT JOIN customer c ON c.id = o.customer_id
                        WHERE x.provider = ? AND x.day = ? AND x.outcome NOT IN ('matched', 'refund_matched', 'not_credited')
                        ORDER BY x.id
                        """, arguments: [day.provider, day.day]
                ).map { row in
                    ReconciliationReport.Finding(
                        id: row[0], outcome: ReconcileOutcome(rawValue: row[1]) ?? .noOrder, provider: row[2],
                        day: row[3], orderCode: row[4], customer: (row[5] as String?).flatMap { $0.isEmpty ? nil : $0 },
                        providerID: row[6], expected: row[7], actual: row[8], fee: row[9], evidence: row[10],
                        resolution: row[11], resolvedBy: row[12])
                }
            }
            return report
        }
    }

    /// Records what a person decided about finding `id` (and an audit line). Throws
    /// ``ReconcileFailure/unknownFinding(_:)`` for an unknown finding.
    public func resolveFinding(id: Int64, resolution: String, actor: String, at now: Int64) throws {
        try writer.write { db in
            guard
                let row = try Row.fetchOne(
                    db, sql: "SELECT outcome, order_code, provider_id FROM reconciliation_finding WHERE id = ?",
                    arguments: [id])
            else { throw ReconcileFailure.unknownFinding(id) }
            try db.execute(
                sql: "UPDATE reconciliation_finding SET resolution = ?, resolved_by = ?, resolved_at = ? WHERE id = ?",
                arguments: [resolution, actor, now, id])
            let outcome: String = row[0]
            let providerID: String? = row[2]
            try Self.audit(
                db, actor: actor, action: "reconcile-resolve", order: row[1],
                detail: "finding \(id) (\(outcome), \(providerID ?? "-")): \(resolution)", at: now)
        }
    }
}
