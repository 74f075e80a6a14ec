import GRDB
import GangwayCore

extension AppDatabase {
    /// Order `code` with its customer, payments, refunds and audit entries, or nil.
    public func orderHistory(code: String, now: Int64) throws -> OrderHistory? {
        let code = ReadableCode.normalise(code)
        let payments = try payments(forOrder: code)
        return try writer.read { db in
            guard let order = try OrderRows.details(db, code: code, now: now),
                let customer = try Row.fetchOne(
                    db,
                    sql: """
                        SELECT c.name, c.email, c.phone FROM sales_order o JOIN customer c ON c.id = o.customer_id
                        WHERE o.code = ?
                        """, arguments: [code])
            else { return nil }
            let refunds = try Row.fetchAll(
                db,
                sql: """
                    SELECT provider, payment_provider_id, amount, tickets, reason, status, created_by, created_at
                    FROM refund WHERE order_code = ? ORDER BY id
                    """, arguments: [code]
            ).map { row in
                OrderHistory.Refund(
                    provider: PaymentProviderKind(rawValue: row[0]) ?? .yookassa, paymentProviderID: row[1],
                    amount: Money(kopecks: row[2]),
                    tickets: (row[3] as String).split(separator: ",").map(String.init), reason: row[4], status: row[5],
                    createdBy: row[6], createdAt: row[7])
            }
            let actions = try Row.fetchAll(
                db, sql: "SELECT at, actor, action, detail FROM audit_log WHERE order_code = ? ORDER BY id",
                arguments: [code]
            ).map { OrderHistory.Action(at: $0[0], actor: $0[1], action: $0[2], detail: $0[3]) }
            return OrderHistory(
                order: order, customerName: customer[0], email: customer[1], phone: customer[2], payments: payments,
                refunds: refunds, actions: actions)
        }
    }
}
