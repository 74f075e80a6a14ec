import GRDB
import GangwayCore

extension AppDatabase {
    /// Records a payment a provider reported and acts on it, in one immediate transaction:
    /// matched to its order by reference (case, spaces and dashes forgiven), compared in kopecks
    /// with the total, and, when it pays the order in full, passed to ``markPaid(code:at:)`` (a
    /// late payment re-claims the places or leaves the order `needs_resolution`). Whatever the
    /// outcome, the payment is kept with its amounts; a provider id seen before changes nothing
    /// and reports the first outcome (providers repeat notifications until answered).
    public func recordPayment(_ payment: IncomingPayment, at now: Int64) throws -> PaymentRecording {
        try immediateWrite { db in try Self.recordPayment(db, payment, now: now) }
    }

    static func recordPayment(_ db: Database, _ payment: IncomingPayment, now: Int64) throws -> PaymentRecording {
        if let row = try Row.fetchOne(
            db, sql: "SELECT outcome, order_code FROM payment WHERE provider = ? AND provider_id = ?",
            arguments: [payment.provider.rawValue, payment.providerID])
        {
            let code: String? = row[1]
            return PaymentRecording(
                outcome: PaymentOutcome(rawValue: row[0]) ?? .noOrder, duplicate: true,
                order: try code.flatMap { try OrderRows.details(db, code: $0, now: now) })
        }
        let code = ReadableCode.normalise(payment.reference)
        var order = code.isEmpty ? nil : try OrderRows.details(db, code: code, now: now)
        let outcome: PaymentOutcome
        if let found = order {
            if !payment.isRoubles {
                outcome = .wrongCurrency
            } else if !payment.accepted {
                outcome = .unaccepted
            } else if found.status == .paid || found.status == .needsResolution {
                outcome = .alreadyPaid
            } else if found.status == .refunded {
                outcome = .notPayable
            } else if payment.gross < found.total {
                outcome = .underpaid
            } else {
                let paid = try Self.markPaid(db, code: found.code, now: now)
                order = paid
                outcome =
                    paid.status == .needsResolution
                    ? .paidLatePlacesGone : (payment.gross > found.total ? .overpaid : .fulfilled)
            }
        } else {
            outcome = .noOrder
        }
        let fee = payment.net.map { Money(kopecks: payment.gross.kopecks - $0.kopecks) }
        try db.execute(
            sql: """
                INSERT INTO payment (provider, provider_id, order_code, reference, outcome, gross, net, fee,
                    currency, occurred_at, recorded_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [
                payment.provider.rawValue, payment.providerID, order?.code, payment.reference, outcome.rawValue,
                payment.gross.kopecks, payment.net?.kopecks, fee?.kopecks, payment.currency, payment.occurredAt,
                now,
            ])
        return PaymentRecording(outcome: outcome, duplicate: false, order: order)
    }

    /// The payments recorded for an order, oldest first.
    public func payments(forOrder code: String) throws -> [RecordedPayment] {
        try writer.read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT provider, provider_id, outcome, gross, net, fee, currency, occurred_at, recorded_at
                    FROM payment WHERE order_code = ? ORDER BY id
                    """, arguments: [ReadableCode.normalise(code)]
            ).map { row in
                RecordedPayment(
                    provider: PaymentProviderKind(rawValue: row[0]) ?? .yookassa, providerID: row[1],
                    outcome: PaymentOutcome(rawValue: row[2]) ?? .noOrder, gross: Money(kopecks: row[3]),
                    net: (row[4] as Int64?).map(Money.init(kopecks:)),
                    fee: (row[5] as Int64?).map(Money.init(kopecks:)),
                    currency: row[6], occurredAt: row[7], recordedAt: row[8])
            }
        }
    }
}
