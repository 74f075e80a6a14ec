import GRDB

/// One paid order the reconciliation benchmark seeds: the order and the ЮKassa payment that paid it.
public struct BenchmarkPaidOrder: Sendable {
    /// `GW-` and 8 symbols.
    public var code: String
    /// The ЮKassa payment id (`payment.provider_id`).
    public var paymentID: String
    /// The order total and the payment's gross amount, in kopecks.
    public var total: Int64
    /// What was credited after ЮKassa's commission, in kopecks.
    public var net: Int64
    /// When the payment was made, RFC 3339 UTC (`2026-11-25T09:00:01Z`), as a notification records it.
    public var occurredAt: String
    /// When the order was created (seconds since 1970); it was paid a minute later.
    public var createdAt: Int64

    public init(code: String, paymentID: String, total: Int64, net: Int64, occurredAt: String, createdAt: Int64) {
        self.code = code
        self.paymentID = paymentID
        self.total = total
        self.net = net
        self.occurredAt = occurredAt
        self.createdAt = createdAt
    }
}

extension AppDatabase {
    /// Seeds `count` paid orders for `gangway-bench reconcile`, as fast as SQLite takes them: a
    /// customer for every `ordersPerCustomer` orders, each order `paid` (`tickets`, no lines, no
    /// tickets, no claims: reconciliation reads none of them), and one `fulfilled` ЮKassa payment
    /// for its total, in one transaction with prepared statements; then the WAL is checkpointed so
    /// that whatever runs next starts from a folded database file. `order(i)` gives order `i`
    /// (0 ..< count). Only what SQLite enforces (keys, foreign keys, CHECK constraints) is checked.
    /// Returns the number of rows written.
    @discardableResult
    public func seedPaidOrders(
        count: Int, ordersPerCustomer: Int = 4, now: Int64, order: (Int) -> BenchmarkPaidOrder
    ) throws -> Int {
        let perCustomer = max(1, ordersPerCustomer)
        let rows = try writer.write { db in
            let customer = try BulkStatement(
                db,
                sql: """
                    INSERT INTO customer (id, email, phone, name, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)
                    """)
            let salesOrder = try BulkStatement(
                db,
                sql: """
                    INSERT INTO sales_order (code, token_hash, kind, sailing_id, vessel_id, customer_id, language, utm,
                        promo_code, status, subtotal, discount, fee, fee_vat, vat, total, created_at, expires_at, paid_at)
                    VALUES (?, ?, 'tickets', NULL, NULL, ?, ?, NULL, NULL, 'paid', ?, 0, 0, 0, 0, ?, ?, ?, ?)
                    """)
            let payment = try BulkStatement(
                db,
                sql: """
                    INSERT INTO payment (provider, provider_id, order_code, reference, outcome, gross, net, fee, currency,
                        occurred_at, recorded_at)
                    VALUES ('yookassa', ?, ?, ?, 'fulfilled', ?, ?, ?, 'RUB', ?, ?)
                    """)
            var written = 0
            for index in 0..<count {
                let customerID = Int64(index / perCustomer + 1)
                if index % perCustomer == 0 {
                    try customer.run([
                        .integer(customerID), .text("guest\(customerID)@example.test"),
                        index % 3 == 0 ? .text("+7900\(1_000_000 + customerID)") : .null,
                        .text("Гость \(customerID)"), .integer(now), .integer(now),
                    ])
                    written += 1
                }
                let item = order(index)
                let paidAt = item.createdAt + 60
                try salesOrder.run([
                    .text(item.code), .text("bench-token-\(index)"), .integer(customerID),
                    .text(index % 5 == 0 ? "en" : "ru"), .integer(item.total), .integer(item.total),
                    .integer(item.createdAt), .integer(item.createdAt + 900), .integer(paidAt),
                ])
                try payment.run([
                    .text(item.paymentID), .text(item.code), .text("Заказ \(item.code)"), .integer(item.total),
                    .integer(item.net), .integer(item.total - item.net), .text(item.occurredAt), .integer(paidAt),
                ])
                written += 2
            }
            return written
        }
        try writer.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)")
        }
        return rows
    }
}
