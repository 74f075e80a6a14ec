import GRDB
import GangwayCore

extension AppDatabase {
    /// The e-mail address an order's confirmation goes to (its customer's), or nil when the
    /// customer left only a phone number or there is no such order.
    public func confirmationAddress(forOrder code: String) throws -> (name: String, email: String)? {
        try writer.read { db in
            guard
                let row = try Row.fetchOne(
                    db,
                    sql: """
                        SELECT c.name, c.email FROM sales_order o JOIN customer c ON c.id = o.customer_id
                        WHERE o.code = ? AND c.email IS NOT NULL
                        """, arguments: [ReadableCode.normalise(code)])
            else { return nil }
            return (row[0], row[1])
        }
    }
}

extension AppDatabase {
    /// A new secret that opens order `code`'s page, for a link in a message to its customer (the
    /// order's own token is kept only as a hash). Nil when there is no such order.
    public func issueOrderLinkToken(code: String, at now: Int64) throws -> String? {
        try immediateWrite { db in
            let code = ReadableCode.normalise(code)
            guard try Bool.fetchOne(db, sql: "SELECT 1 FROM sales_order WHERE code = ?", arguments: [code]) != nil
            else { return nil }
            let token = ReadableCode.token()
            try db.execute(
                sql: "INSERT INTO order_link_token (order_code, token_hash, issued_at) VALUES (?, ?, ?)",
                arguments: [code, SHA256.hex(Array(token.utf8)), now])
            return token
        }
    }
}
