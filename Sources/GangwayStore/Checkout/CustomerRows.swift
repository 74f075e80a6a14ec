import GRDB
import GangwayCore

/// Customer records: one per normalised e-mail address, else per phone number.
enum CustomerRows {
    /// The id of the customer with these details, created or brought up to date.
    static func upsert(_ db: Database, _ contact: ContactDetails, now: Int64) throws -> Int64 {
        var id: Int64?
        if let email = contact.email {
            id = try Int64.fetchOne(
                db.cachedStatement(sql: "SELECT id FROM customer WHERE email = ?"), arguments: [email])
        } else if let phone = contact.phone {
            id = try Int64.fetchOne(
                db.cachedStatement(
                    sql: "SELECT id FROM customer WHERE phone = ? ORDER BY email IS NOT NULL, id LIMIT 1"),
                arguments: [phone])
        }
        if let id {
            try db.cachedStatement(
                sql: """
                    UPDATE customer SET name = CASE WHEN ? = '' THEN name ELSE ? END,
                        phone = COALESCE(?, phone), updated_at = ? WHERE id = ?
                    """
            ).execute(arguments: [contact.name, contact.name, contact.phone, now, id])
            return id
        }
        try db.cachedStatement(
            sql: "INSERT INTO customer (email, phone, name, created_at, updated_at) VALUES (?, ?, ?, ?, ?)"
        ).execute(arguments: [contact.email, contact.phone, contact.name, now, now])
        return db.lastInsertedRowID
    }
}
