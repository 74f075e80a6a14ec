import Foundation
import GRDB
import GangwayCore

extension AppDatabase {
    /// Classifies every export row not classified yet, and every recorded payment missing from
    /// an export that covers its day, in one immediate transaction. A row is classified once:
    /// re-running over the same inputs adds nothing. Only one thing changes money state, and only
    /// under `policy`: a pending or expired order that a row proves paid, with no payment
    /// recorded, is confirmed through the payment path (``markPaid(code:at:)``). `ahead`: the
    /// judged days' payments read while the exports loaded (``readPayments(on:into:)``), used
    /// when every day it holds is judged.
    public func reconcile(policy: ReconcilePolicy, at now: Int64, ahead: PaymentsReadAhead? = nil) throws
        -> ReconcileActions
    {
        try immediateWrite { db in
            let before = try Int64.fetchOne(db, sql: "SELECT COALESCE(MAX(id), 0) FROM reconciliation_finding") ?? 0
            let mark = try Int64.fetchOne(db, sql: "SELECT last_row FROM reconcile_watermark WHERE id = 1") ?? 0
            // Recorded payments are judged "missing from export" when a file was read since the
            // last run (every covered day is judged again then); a run that read none (a
            // duplicate, a rerun) leaves it to the next run with a new export.
            let lastFile =
                try Int64.fetchOne(db, sql: "SELECT file_id FROM export_row WHERE id = ?", arguments: [mark]) ?? 0
            let newFiles =
                try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM export_file WHERE id > ?", arguments: [lastFile]) ?? 0
            // The days the new files cover are judged in memory: their recorded payments are read
            // once, matched to the new rows as they are classified, and what no row showed is
            // missing. (Rows of earlier files are all classified: only new rows can match.)
            let judged =
                newFiles > 0
                ? try Row.fetchAll(
                    db,
                    sql: """
                        SELECT DISTINCT provider, day FROM export_coverage WHERE kind = 'payment' AND file_id > ?
                        ORDER BY provider, day
                        """, arguments: [lastFile]
                ).map { ReconcileDay(provider: $0[0], day: $0[1]) } : []
            let payments = try Self.payments(db, on: judged, ahead: ahead)
            var counted: [ReconcileOutcome: Int] = [:]
            var matchedByDay: [ReconcileDay: Int] = [:]
            let (later, unrecorded) = try Self.matchPaymentRows(
                db, reader: writer as? DatabasePool, after: mark, payments: payments, counted: &counted,
                byDay: &matchedByDay)
            var confirmed: [String] = []
            if policy.confirmPaidOrders {
                confirmed = try Self.confirmFromExports(db, rows: unrecorded, policy: policy, now: now)
            }
            let settled = try Set(
                Int64.fetchAll(
                    db,
                    sql: "SELECT export_row_id FROM reconciliation_finding WHERE id > ? AND export_row_id IS NOT NULL",
                    arguments: [before]))
            try Self.recordPaymentFindings(
                db, rows: later, payments: payments, skipping: settled, now: now, counted: &counted,
                byDay: &matchedByDay)
            try Self.classify(
                db, sql: Self.classifyRefunds, after: mark, now: now, counted: &counted, byDay: &matchedByDay)
            try Self.addMatches(db, matchedByDay)
            try db.execute(
                sql:
                    "UPDATE reconcile_watermark SET last_row = (SELECT COALESCE(MAX(id), 0) FROM export_row) WHERE id = 1"
            )
            if newFiles > 0 {
                // A recorded payment that a later export shows after all is no longer missing.
                try db.execute(
                    sql: """
                        DELETE FROM reconciliation_finding
                        WHERE outcome = 'missing_from_export' AND resolution IS NULL AND EXISTS (
                            SELECT 1 FROM export_row r WHERE r.provider = reconciliation_finding.provider
                                AND r.kind = 'payment' AND r.provider_id = reconciliation_finding.provider_id)
                        """)
                try Self.judgeMissing(db, payments: payments, now: now)
                // The other covered days, in SQL (a payment recorded late for a day read before).
                let others =
                    try Bool.fetchOne(
                        db,
                        sql: """
                            SELECT 1 FROM export_coverage WHERE kind = 'payment'
                                AND provider || ' ' || day NOT IN (SELECT value FROM json_each(?))
                            """, arguments: [Self.judgedDays(judged)]) ?? false
                if others {
                    try db.execute(
                        sql: Self.findMissing, arguments: ["found_at": now, "judged": Self.judgedDays(judged)])
                }
            }
            var added = counted
            for row in try Row.fetchAll(
                db, sql: "SELECT outcome, COUNT(*) FROM reconciliation_finding WHERE id > ? GROUP BY outcome",
                arguments: [before])
            {
                if let outcome = ReconcileOutcome(rawValue: row[0]) { added[outcome, default: 0] += row[1] }
            }
            return ReconcileActions(added: added, confirmedOrders: confirmed)
        }
    }

    /// Rows that prove a payment Gangway never recorded, for an order still pending or expired:
    /// recorded now as the provider's payment, which marks the order paid (or `needs_resolution`
    /// when a place is gone). ЮMoney history gives only the credited amount: it pays the order
    /// when the implied wallet fee is within the policy's limit. `rows`: the new payment rows
    /// with no payment recorded under their id (nearly all rows were ruled out in memory).
    static func confirmFromExports(_ db: Database, rows: [Int64], policy: ReconcilePolicy, now: Int64) throws
        -> [String]
    {
        // Every candidate is chosen before any is confirmed (a second row for the same order is
        // then recorded as a further payment of it).
        let candidates = try rows.compactMap { rowID in
            try Row.fetchOne(
                db.cachedStatement(
                    sql: """
                        SELECT r.id, r.provider, r.provider_id, r.gross, r.net, r.occurred_at, o.code, o.total, o.expires_at,
                            f.name, r.location, r.day
                        FROM export_row r
                        JOIN export_file f ON f.id = r.file_id
                        JOIN sales_order o ON o.code = r.order_ref
                        WHERE r.id = ? AND r.kind = 'payment' AND r.currency = 'RUB'
                            AND (r.status IS NULL OR r.status = 'success') AND o.status IN ('pending', 'expired')
                            AND NOT EXISTS (SELECT 1 FROM payment p WHERE p.provider = r.provider AND p.provider_id = r.provider_id)
                            AND NOT EXISTS (SELECT 1 FROM reconciliation_finding x WHERE x.export_row_id = r.id)
                        """), arguments: [rowID])
        }
        var confirmed: [String] = []
        for row in candidates {
            let rowID: Int64 = row[0]
            let provider = PaymentProviderKind(rawValue: row[1]) ?? .yookassa
            let total: Int64 = row[7]
            let net: Int64? = row[4]
            var gross: Int64? = row[3]
            var fee: Int64?
            if provider == .yoomoney, let net {
                let implied = total - net
                guard implied >= 0, implied * 10_000 <= total * policy.walletFeeBasisPoints else { continue }
                gross = total
                fee = implied
            }
            guard let gross else { continue }
            let occurredAt: Int64 = row[5]
            let expiresAt: Int64 = row[8]
            let recorded = try recordPayment(
                db,
                IncomingPayment(
                    provider: provider, providerID: row[2], reference: row[6], gross: Money(kopecks: gross),
                    net: net.map(Money.init(kopecks:)), currency: "RUB",
                    occurredAt: ISO8601DateFormatter().string(from: Date(timeIntervalSince1970: Double(occurredAt))),
                    accepted: true), now: now)
            let late = occurredAt >= expiresAt
            let outcome: ReconcileOutcome
            switch recorded.outcome {
            case .fulfilled, .overpaid:
                outcome = late ? .latePaymentConfirmed : .confirmedFromExport
                confirmed.append(row[6])
            case .paidLatePlacesGone: outcome = .latePayment
            default: outcome = .amountDiffers
            }
            try db.execute(
                sql: """
                    INSERT INTO reconciliation_finding (key, outcome, provider, export_row_id, order_code, provider_id,
                        expected, actual, fee, day, evidence, found_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """,
                arguments: [
                    "row:\(rowID)", outcome.rawValue, provider.rawValue, rowID, row[6], row[2], total,
                    provider == .yoomoney ? net : gross, fee, row[11], "\(row[9] as String):\(row[10] as Int64)", now,
                ])
        }
        return confirmed
    }

    /// Classifies the rows after the watermark with `sql` (one pass over them): a clean match is
    /// kept in `export_match` (one small row, appended in row order), anything else becomes a
    /// finding with its evidence. `counted` gets how many matches of each kind (the findings are
    /// counted from their table), `byDay` how many of each provider's day.
    static func classify(
        _ db: Database, sql: String, after mark: Int64, now: Int64, counted: inout [ReconcileOutcome: Int],
        byDay: inout [ReconcileDay: Int]
    ) throws {
        let match = try db.makeStatement(sql: "INSERT INTO export_match (export_row_id, outcome) VALUES (?, ?)")
        let finding = try db.makeStatement(
            sql: """
                INSERT INTO reconciliation_finding (key, outcome, provider, export_row_id, order_code, provider_id,
                    expected, actual, fee, day, evidence, found_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
        let rows = try Row.fetchCursor(db, sql: sql, arguments: ["mark": mark])
        while let row = try rows.next() {
            let rowID: Int64 = row[0]
            let name: String = row[1]
            guard let outcome = ReconcileOutcome(rawValue: name) else { continue }
            if !outcome.isListed {
                counted[outcome, default: 0] += 1
                byDay[ReconcileDay(provider: row[2], day: row[8]), default: 0] += 1
                try match.execute(arguments: [rowID, name])
            } else {
                try finding.execute(arguments: [
                    "row:\(rowID)", name, row[2], rowID, row[3], row[4], row[5], row[6], row[7], row[8], row[9], now,
                ])
            }
        }
    }

    /// Refund rows: against the payment they refund (recorded, or in an export); the refunds of
    /// one payment may not add up to more than it. A wallet's outgoing transfer is matched to a
    /// manual refund of the order its label names, for the same amount.
    static let classifyRefunds = """
        SELECT r.id,
            CASE
                WHEN r.status IS NOT NULL AND r.status <> 'success' THEN 'not_credited'
                WHEN r.currency <> 'RUB' THEN 'wrong_currency'
                WHEN r.provider = 'yoomoney' AND EXISTS (SELECT 1 FROM refund m WHERE m.order_code = r.order_ref
                    AND m.provider = 'yoomoney' AND m.amount = r.net) THEN 'refund_matched'
                WHEN COALESCE(p.gross, e.gross) IS NULL THEN 'refund_no_payment'
                WHEN (SELECT SUM(x.gross) FROM export_row x WHERE x.provider = r.provider AND x.kind = 'refund'
                    AND x.payment_id = r.payment_id AND x.id <= r.id) > COALESCE(p.gross, e.gross) THEN 'refund_exceeds'
                ELSE 'refund_matched'
            END,
            r.provider, COALESCE(p.order_code, e.order_ref, r.order_ref), r.provider_id,
            COALESCE(p.gross, e.gross), COALESCE(r.gross, r.net), NULL,
            r.day, f.name || ':' || r.location
        FROM export_row r
        JOIN export_file f ON f.id = r.file_id
        LEFT JOIN payment p ON p.provider = r.provider AND p.provider_id = r.payment_id
        LEFT JOIN export_row e ON e.provider = r.provider AND e.kind = 'payment' AND e.provider_id = r.payment_id
        WHERE r.kind = 'refund' AND r.id > :mark
            AND NOT EXISTS (SELECT 1 FROM reconciliation_finding x WHERE x.export_row_id = r.id)
        """

    /// A `missing_from_export` finding's columns and values, for `INSERT … SELECT` from `payment p`.
    static let missingColumns = """
        (key, outcome, provider, order_code, provider_id, expected, day, evidence, found_at)
        SELECT 'missing:' || p.provider || ':' || p.provider_id, 'missing_from_export', p.provider, p.order_code,
            p.provider_id, p.gross, date(p.occurred_at, '+3 hours'),
            'recorded ' || p.occurred_at || '; not in ' || (SELECT group_concat(f.name, ', ') FROM export_coverage c
                JOIN export_file f ON f.id = c.file_id WHERE c.provider = p.provider AND c.kind = 'payment'
                AND c.day = date(p.occurred_at, '+3 hours')),
            :found_at
        """

    /// Recorded payments that paid an order, on a day an export of their provider covers but
    /// not one of the `:judged` days (judged in memory), that no export shows. The export-row
    /// probe comes first: it rules out nearly every payment for less than parsing its time does
    /// (SQLite tests these terms in the order written).
    static let findMissing =
        "INSERT OR IGNORE INTO reconciliation_finding " + missingColumns
            + """

            FROM payment p
            WHERE p.outcome IN ('fulfilled', 'overpaid', 'paid_late_places_gone')
                AND NOT EXISTS (SELECT 1 FROM export_row r WHERE r.provider = p.provider AND r.kind = 'payment'
                    AND r.provider_id = p.provider_id)
                AND EXISTS (SELECT 1 FROM export_coverage c WHERE c.provider = p.provider AND c.kind = 'payment'
                    AND c.day = date(p.occurred_at, '+3 hours'))
                AND p.provider || ' ' || date(p.occurred_at, '+3 hours') NOT IN (SELECT value FROM json_each(:judged))
            """
}
