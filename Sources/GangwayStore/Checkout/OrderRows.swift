import GRDB
import GangwayCore

/// Orders read back with their lines and tickets.
enum OrderRows {
    /// The order `code` as of `now` (a pending order past its expiry reads as expired), or nil.
    static func details(_ db: Database, code: String, now: Int64) throws -> OrderDetails? {
        guard
            let row = try Row.fetchOne(
                db.cachedStatement(sql: "SELECT * FROM sales_order WHERE code = ?"), arguments: [code])
        else {
            return nil
        }
        var status = OrderStatus(rawValue: row["status"]) ?? .pending
        let expiresAt: Int64 = row["expires_at"]
        if status == .pending && expiresAt <= now { status = .expired }
        let lines = try Row.fetchAll(
            db.cachedStatement(sql: "SELECT * FROM order_line WHERE order_code = ? ORDER BY position"),
            arguments: [code]
        ).map { line in
            OrderDetails.Line(
                kind: PricingLine.Kind(rawValue: line["kind"]) ?? .seat, sailingID: line["sailing_id"],
                section: line["section_id"], row: line["row_label"], seat: line["seat_label"], tier: line["tier"],
                category: line["category"], quantity: line["quantity"], unitPrice: Money(kopecks: line["unit_price"]),
                amount: Money(kopecks: line["amount"]), discount: Money(kopecks: line["discount"]),
                vat: Money(kopecks: line["vat"]))
        }
        let tickets = try Row.fetchAll(
            db.cachedStatement(sql: "SELECT * FROM ticket WHERE order_code = ? ORDER BY id"), arguments: [code]
        ).map { ticket in
            OrderDetails.Ticket(
                code: ticket["code"], sailingID: ticket["sailing_id"], section: ticket["section_id"],
                row: ticket["row_label"], seat: ticket["seat_label"], category: ticket["category"],
                tier: ticket["tier"], status: ticket["status"])
        }
        return OrderDetails(
            code: code, kind: row["kind"], status: status, language: Language(rawValue: row["language"]) ?? .ru,
            sailingID: row["sailing_id"], vesselID: row["vessel_id"], promoCode: row["promo_code"], lines: lines,
            subtotal: Money(kopecks: row["subtotal"]), discount: Money(kopecks: row["discount"]),
            fee: Money(kopecks: row["fee"]), vat: Money(kopecks: row["vat"]), total: Money(kopecks: row["total"]),
            createdAt: row["created_at"], expiresAt: expiresAt, paidAt: row["paid_at"], tickets: tickets)
    }
}
