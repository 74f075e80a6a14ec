import Foundation
import GRDB
import GangwayCore

extension AppDatabase {
    /// The order `code` when `token` is its secret (compared by hash, in constant time), else nil:
    /// a wrong token and an unknown code look the same to the caller.
    public func order(code: String, token: String, now: Int64) throws -> OrderDetails? {
        try writer.read { db in
            let presented = SHA256.hex(Array(token.utf8))
            let stored = try String.fetchAll(
                db.cachedStatement(
                    sql: """
                        SELECT token_hash FROM sales_order WHERE code = ?
                        UNION ALL SELECT token_hash FROM order_link_token WHERE order_code = ?
                        """), arguments: [code, code])
            // Every stored hash is compared, in constant time, whichever matches.
            guard stored.map({ ConstantTime.equal($0, presented) }).contains(true) else { return nil }
            return try OrderRows.details(db, code: code, now: now)
        }
    }

    /// The order `code` for support and the payment flow (no token), or nil.
    public func order(code: String, now: Int64) throws -> OrderDetails? {
        try writer.read { db in try OrderRows.details(db, code: code, now: now) }
    }

    /// Marks an order paid and issues its tickets, one per place, each with an unguessable code.
    ///
    /// Idempotent: an order already paid is returned as it is. A pending order's claims become
    /// permanent. For a hold that lapsed, the places are claimed again if still free; when any
    /// is gone the order becomes `needs_resolution` (paid, but no tickets: it is listed for a
    /// refund) and nothing else changes. One immediate write transaction.
    public func markPaid(code: String, at now: Int64) throws -> OrderDetails {
        try immediateWrite { db in try Self.markPaid(db, code: code, now: now) }
    }

    static func markPaid(_ db: Database, code: String, now: Int64) throws -> OrderDetails {
        guard let order = try OrderRows.details(db, code: code, now: now) else { throw OrderFailure.unknownOrder(code) }
        switch order.status {
        case .paid, .needsResolution: return order
        case .refunded: throw OrderFailure.wrongState(code, order.status)
        case .pending, .expired: break
        }
        if order.kind == "charter" {
            return try confirmCharter(db, order, now: now)
        }
        if order.status == .expired, try !reclaimWhole(db, order, now: now) {
            try db.cachedStatement(
                sql: "UPDATE sales_order SET status = 'needs_resolution', paid_at = ? WHERE code = ?"
            ).execute(arguments: [now, code])
            return try OrderRows.details(db, code: code, now: now) ?? order
        }
        try db.cachedStatement(sql: "UPDATE seat_claim SET expires_at = NULL WHERE order_code = ?").execute(arguments: [
            code
        ])
        try db.cachedStatement(sql: "UPDATE standing_claim SET expires_at = NULL WHERE order_code = ?").execute(
            arguments: [code])
        for line in order.lines where line.kind != .charter {
            guard let sailingID = line.sailingID, let section = line.section else { continue }
            for _ in 0..<line.quantity {
                try db.cachedStatement(
                    sql: """
                        INSERT INTO ticket (code, sailing_id, section_id, row_label, seat_label, category, tier,
                            created_at, order_code) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """
                ).execute(arguments: [
                    try freeTicketCode(db), sailingID, section, line.row, line.seat,
                    line.category ?? Vessel.generalCategory, line.tier, now, code,
                ])
            }
        }
        try db.cachedStatement(sql: "UPDATE sales_order SET status = 'paid', paid_at = ? WHERE code = ?").execute(
            arguments: [now, code])
        return try OrderRows.details(db, code: code, now: now) ?? order
    }

    /// ``reclaim(_:_:now:)`` all or nothing: a place found gone undoes the claims made before it.
    private static func reclaimWhole(_ db: Database, _ order: OrderDetails, now: Int64) throws -> Bool {
        var whole = false
        try db.inSavepoint {
            whole = try reclaim(db, order, now: now)
            return whole ? .commit : .rollback
        }
        return whole
    }

    /// Claims a lapsed order's places again (as permanent claims) when every one is still free.
    private static func reclaim(_ db: Database, _ order: OrderDetails, now: Int64) throws -> Bool {
        guard let sailingID = order.sailingID, let sailing = try SailingForSale.load(db, sailingID: sailingID) else {
            return false
        }
        try db.cachedStatement(sql: "DELETE FROM seat_claim WHERE order_code = ?").execute(arguments: [order.code])
        try db.cachedStatement(sql: "DELETE FROM standing_claim WHERE order_code = ?").execute(arguments: [order.code])
        var wanted: [String: Int] = [:]
        for line in order.lines {
            guard let section = line.section else { continue }
            if line.kind == .seat, let row = line.row, let seat = line.seat {
                let claimed = try sailing.claimSeat(
                    db, section: section, row: row, seat: seat, order: order.code, expiresAt: nil, now: now)
                if !claimed { return false }
            } else if line.kind == .standing {
                wanted[section, default: 0] += line.quantity
            }
        }
        for (section, quantity) in wanted {
            let capacity = sailing.sections[section]?.capacity ?? 0
            guard try sailing.standingTaken(db, section: section, now: now) + quantity <= capacity else { return false }
            try sailing.claimStanding(db, section: section, quantity: quantity, order: order.code, expiresAt: nil)
        }
        return true
    }

    /// Confirms a charter's booking, or marks the order `needs_resolution` when its hold lapsed
    /// and the window was taken meanwhile.
    private static func confirmCharter(_ db: Database, _ order: OrderDetails, now: Int64) throws -> OrderDetails {
        var status = "paid"
        if order.status == .expired,
            let booking = try Row.fetchOne(
                db.cachedStatement(
                    sql: "SELECT vessel_id, starts_at, ends_at FROM charter_booking WHERE order_code = ?"),
                arguments: [order.code])
        {
            let clashes =
                try Int.fetchOne(
                    db.cachedStatement(
                        sql: """
                            SELECT (SELECT COUNT(*) FROM sailing WHERE vessel_id = ?1 AND status = 'scheduled'
                                AND departs_at < ?3 AND departs_at + duration_min * 60 > ?2)
                            + (SELECT COUNT(*) FROM charter_booking WHERE vessel_id = ?1 AND order_code <> ?4
                                AND status <> 'cancelled' AND (expires_at IS NULL OR expires_at > ?5)
                                AND starts_at < ?3 AND ends_at > ?2)
                            """), arguments: [booking[0], booking[1], booking[2], order.code, now]) ?? 0
            if clashes > 0 { status = "needs_resolution" }
        }
        if status == "paid" {
            try db.cachedStatement(
                sql: "UPDATE charter_booking SET status = 'confirmed', expires_at = NULL WHERE order_code = ?"
            ).execute(arguments: [order.code])
        }
        try db.cachedStatement(sql: "UPDATE sales_order SET status = ?, paid_at = ? WHERE code = ?").execute(
            arguments: [status, now, order.code])
        return try OrderRows.details(db, code: order.code, now: now) ?? order
    }

    /// A ticket code no ticket has.
    private static func freeTicketCode(_ db: Database) throws -> String {
        for _ in 0..<8 {
            let code = ReadableCode.ticketCode()
            let used = try Bool.fetchOne(
                db.cachedStatement(sql: "SELECT EXISTS (SELECT 1 FROM ticket WHERE code = ?)"), arguments: [code])
            if used == false { return code }
        }
        throw StoreError.failed("could not draw a free ticket code")
    }

    /// Writes down lapsed holds: pending orders past `expires_at` become `expired` and their
    /// claims are released. (Lapsed claims already stopped counting when they lapsed.) Returns
    /// how many orders expired.
    @discardableResult
    public func expireHolds(now: Int64) throws -> Int {
        try writer.write { db in
            let codes = try String.fetchAll(
                db.cachedStatement(sql: "SELECT code FROM sales_order WHERE status = 'pending' AND expires_at <= ?"),
                arguments: [now])
            for code in codes {
                try db.cachedStatement(sql: "DELETE FROM seat_claim WHERE order_code = ? AND expires_at IS NOT NULL")
                    .execute(arguments: [code])
                try db.cachedStatement(
                    sql: "DELETE FROM standing_claim WHERE order_code = ? AND expires_at IS NOT NULL"
                ).execute(arguments: [code])
                try db.cachedStatement(sql: "UPDATE sales_order SET status = 'expired' WHERE code = ?").execute(
                    arguments: [code])
                try db.cachedStatement(
                    sql:
                        "UPDATE charter_booking SET status = 'cancelled' WHERE order_code = ? AND expires_at IS NOT NULL"
                ).execute(arguments: [code])
            }
            return codes.count
        }
    }

    /// Orders by status, for the metrics.
    public func orderCounts() throws -> [OrderStatus: Int] {
        try writer.read { db in
            var counts: [OrderStatus: Int] = [:]
            for row in try Row.fetchAll(
                db.cachedStatement(sql: "SELECT status, COUNT(*) FROM sales_order GROUP BY status"))
            {
                if let status = OrderStatus(rawValue: row[0]) { counts[status] = row[1] }
            }
            return counts
        }
    }
}
