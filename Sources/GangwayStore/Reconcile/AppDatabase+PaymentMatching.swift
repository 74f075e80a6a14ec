import GRDB
import GangwayCore

extension AppDatabase {
    /// The payments recorded on `days` (the Moscow day of `occurred_at`), per provider: one
    /// sequential read of `payment` instead of a look-up per export row. Added to `known` (a
    /// provider's map is made when it has none); with `after`, only payments with a greater id.
    static func knownPayments(
        _ db: Database, on days: [ReconcileDay], into known: [String: KnownPayments] = [:], after: Int64 = 0
    ) throws -> [String: KnownPayments] {
        var byProvider = known
        guard !days.isEmpty else { return byProvider }
        for provider in Set(days.map(\.provider)) where byProvider[provider] == nil {
            byProvider[provider] = KnownPayments()
        }
        let cursor = try StepCursor(
            db,
            sql: """
                SELECT provider, provider_id, id, outcome, gross, net FROM payment
                WHERE id > ? AND provider || ' ' || date(occurred_at, '+3 hours') IN (SELECT value FROM json_each(?))
                """, arguments: [after, judgedDays(days)])
        while try cursor.next() {
            guard let payments = byProvider[cursor.text(0)],
                let outcome = PaymentOutcome(rawValue: cursor.text(3))
            else { continue }
            let payment = KnownPayment(
                rowID: cursor.int64(2), outcome: outcome, gross: cursor.int64(4), net: cursor.optionalInt64(5))
            if let key = cursor.withBytes(1, { PaymentKey.pack($0) }) {
                payments.add(key: key, payment)
            } else {
                payments.add(id: cursor.text(1), payment)
            }
        }
        return byProvider
    }

    /// The payments of the `judged` days: those read ahead (when every day read ahead is judged),
    /// with the payments recorded on them since and the judged days not read ahead; else all
    /// read now.
    static func payments(
        _ db: Database, on judged: [ReconcileDay], ahead: PaymentsReadAhead?
    ) throws -> [String: KnownPayments] {
        guard let ahead, !ahead.days.isEmpty, ahead.days.isSubset(of: judged) else {
            return try knownPayments(db, on: judged)
        }
        let since = try knownPayments(db, on: ahead.days.sorted(), into: ahead.byProvider, after: ahead.lastID)
        return try knownPayments(db, on: judged.filter { !ahead.days.contains($0) }, into: since)
    }

    /// `days` as the JSON array of `provider day` the SQL above and ``findMissing`` compare with.
    static func judgedDays(_ days: [ReconcileDay]) -> String {
        "[" + days.map { "\"\($0.provider) \($0.day)\"" }.joined(separator: ",") + "]"
    }

    /// The recorded payment with this id, looked up one by one (for a row whose payment was
    /// recorded on a day the run does not judge).
    static func knownPayment(_ db: Database, provider: String, id: String) throws -> KnownPayment? {
        guard
            let row = try Row.fetchOne(
                db.cachedStatement(
                    sql: "SELECT id, outcome, gross, net FROM payment WHERE provider = ? AND provider_id = ?"),
                arguments: [provider, id]),
            let outcome = PaymentOutcome(rawValue: row[1])
        else { return nil }
        return KnownPayment(rowID: row[0], outcome: outcome, gross: row[2], net: row[3])
    }

    /// What classification needs of order `code`, or nil when there is no such order.
    static func orderFacts(_ db: Database, code: String?) throws -> OrderFacts? {
        guard let code else { return nil }
        return try Row.fetchOne(
            db.cachedStatement(sql: "SELECT code, status, total, expires_at FROM sales_order WHERE code = ?"),
            arguments: [code]
        ).map { OrderFacts(code: $0[0], status: $0[1], total: $0[2], expiresAt: $0[3]) }
    }

    /// The columns of a payment row as ``paymentRow(_:)`` reads them.
    static let paymentRowColumns = """
        SELECT id, provider, provider_id, gross, net, commission, currency, occurred_at, day, order_ref, status, file_id,
            location
        FROM export_row
        """

    static func paymentRow(_ cursor: StepCursor) -> ExportPaymentRow {
        ExportPaymentRow(
            id: cursor.int64(0), provider: cursor.text(1), providerID: "", gross: cursor.optionalInt64(3),
            net: cursor.optionalInt64(4), commission: cursor.optionalInt64(5), currency: cursor.text(6),
            occurredAt: cursor.int64(7), day: cursor.text(8), orderRef: cursor.optionalText(9),
            status: cursor.optionalText(10), fileID: cursor.int64(11), location: cursor.int64(12))
    }

    /// The payment recorded under the id of the cursor's row (column 2): from `payments`, marked
    /// shown when `show`, else looked up.
    static func payment(
        _ db: Database, of cursor: StepCursor, provider: String, in known: KnownPayments?, show: Bool
    ) throws -> KnownPayment? {
        if let known {
            let found: KnownPayment?
            if let key = cursor.withBytes(2, { PaymentKey.pack($0) }) {
                found = show ? known.show(key: key) : known.payment(key: key)
            } else {
                let id = cursor.text(2)
                found = show ? known.show(id: id) : known.payment(id: id)
            }
            if let found { return found }
        }
        return try knownPayment(db, provider: provider, id: cursor.text(2))
    }

    /// The first pass over the new payment rows (after `mark`), in row order, judged by a
    /// ``PaymentRowMatcher``: a clean match (or a wallet operation that moved no money) goes to
    /// `export_match` at once. Returns the rows that will need a finding and, among them, those
    /// that could prove a payment never recorded. With `reader` (a pool's reader connection) the
    /// rows are read and judged on a second thread while this one inserts the matches: the caller
    /// holds the write lock and has written nothing yet in its transaction, so the reader sees the
    /// rows exactly as this connection does.
    static func matchPaymentRows(
        _ db: Database, reader: DatabasePool?, after mark: Int64, payments: [String: KnownPayments],
        counted: inout [ReconcileOutcome: Int], byDay: inout [ReconcileDay: Int]
    ) throws -> (later: [Int64], unrecorded: [Int64]) {
        let match = try BulkStatement(db, sql: "INSERT INTO export_match (export_row_id, outcome) VALUES (?, ?)")
        let sql = paymentRowColumns + " WHERE kind = 'payment' AND id > ? ORDER BY id"
        func insert(_ rowID: Int64, _ outcome: ReconcileOutcome) throws {
            try match.bind(rowID, at: 1)
            try match.bind(outcome.rawValue, at: 2)
            try match.step()
        }
        var matcher = PaymentRowMatcher(payments: payments)
        if let reader {
            matcher = try BatchPipeline<PaymentMatch, PaymentRowMatcher>.run(
                produce: { [matcher] send in
                    try reader.read { rows in
                        var matcher = matcher
                        let cursor = try StepCursor(rows, sql: sql, arguments: [mark])
                        while try cursor.next() {
                            if let outcome = try matcher.judge(cursor, rows) {
                                try send(PaymentMatch(rowID: cursor.int64(0), outcome: outcome))
                            }
                        }
                        matcher.finishDay()
                        return matcher
                    }
                },
                consume: { try insert($0.rowID, $0.outcome) })
        } else {
            let cursor = try StepCursor(db, sql: sql, arguments: [mark])
            while try cursor.next() {
                if let outcome = try matcher.judge(cursor, db) { try insert(cursor.int64(0), outcome) }
            }
            matcher.finishDay()
        }
        counted.merge(matcher.counted, uniquingKeysWith: +)
        byDay.merge(matcher.byDay, uniquingKeysWith: +)
        return (matcher.later, matcher.unrecorded)
    }

    /// The second pass, over the rows the first left (`rows`, in row order) but not `skipping` —
    /// those confirmation gave a finding: each is judged against its payment, else the order it
    /// names as it is now, and becomes a finding with its evidence.
    static func recordPaymentFindings(
        _ db: Database, rows: [Int64], payments: [String: KnownPayments], skipping: Set<Int64>, now: Int64,
        counted: inout [ReconcileOutcome: Int], byDay: inout [ReconcileDay: Int]
    ) throws {
        let finding = try db.makeStatement(
            sql: """
                INSERT INTO reconciliation_finding (key, outcome, provider, export_row_id, order_code, provider_id,
                    expected, actual, fee, day, evidence, found_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
        let cursor = try StepCursor(db, sql: paymentRowColumns + " WHERE id = ?")
        var files: [Int64: String] = [:]
        for rowID in rows where !skipping.contains(rowID) {
            try cursor.restart([rowID])
            guard try cursor.next() else { continue }
            let row = paymentRow(cursor)
            let payment = try Self.payment(
                db, of: cursor, provider: row.provider, in: payments[row.provider], show: false)
            var order: OrderFacts??
            let outcome = try PaymentJudgement.outcome(of: row, payment: payment) {
                let found = try orderFacts(db, code: row.orderRef)
                order = .some(found)
                return found
            }
            if !outcome.isListed {
                counted[outcome, default: 0] += 1
                byDay[ReconcileDay(provider: row.provider, day: row.day), default: 0] += 1
                try db.cachedStatement(sql: "INSERT INTO export_match (export_row_id, outcome) VALUES (?, ?)")
                    .execute(arguments: [rowID, outcome.rawValue])
                continue
            }
            let paymentOrder =
                try payment.map {
                    try String.fetchOne(
                        db.cachedStatement(sql: "SELECT order_code FROM payment WHERE id = ?"), arguments: [$0.rowID])
                } ?? nil
            let facts: OrderFacts?
            if let paymentOrder {
                facts = try orderFacts(db, code: paymentOrder)
            } else if let order {
                facts = order
            } else {
                facts = try orderFacts(db, code: row.orderRef)
            }
            let judged = PaymentJudgement.finding(
                outcome, row: row, payment: payment, paymentOrder: paymentOrder, order: facts)
            if files[row.fileID] == nil {
                files[row.fileID] =
                    try String.fetchOne(db, sql: "SELECT name FROM export_file WHERE id = ?", arguments: [row.fileID])
                    ?? ""
            }
            try finding.execute(arguments: [
                "row:\(rowID)", outcome.rawValue, row.provider, rowID, judged.orderCode, cursor.text(2),
                judged.expected,
                judged.actual, judged.fee, row.day, "\(files[row.fileID] ?? ""):\(row.location)", now,
            ])
        }
    }

    /// Recorded payments of the judged days that paid an order and that no export row shows
    /// (neither a row of this run, marked in `payments`, nor one stored before): each becomes a
    /// `missing_from_export` finding, in the order the payments were recorded.
    static func judgeMissing(_ db: Database, payments: [String: KnownPayments], now: Int64) throws {
        for provider in payments.keys.sorted() {
            guard let known = payments[provider] else { continue }
            for (id, rowID) in known.unshownPaid() {
                let shownBefore =
                    try Bool.fetchOne(
                        db.cachedStatement(
                            sql: "SELECT 1 FROM export_row WHERE provider = ? AND kind = 'payment' AND provider_id = ?"),
                        arguments: [provider, id]) ?? false
                if shownBefore { continue }
                try db.cachedStatement(
                    sql: "INSERT OR IGNORE INTO reconciliation_finding " + missingColumns
                        + " FROM payment p WHERE p.id = :id"
                ).execute(arguments: ["found_at": now, "id": rowID])
            }
        }
    }
}
