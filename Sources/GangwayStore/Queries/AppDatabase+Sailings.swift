import GRDB
import GangwayCore

extension AppDatabase {
    /// Sailings departing in `[from, to)` (UTC seconds), optionally of one product, in departure order.
    /// Capacity is the layout's places for a vessel with a layout, else the sailing's general
    /// admission capacity or the vessel's. Held counts unexpired holds at `now`.
    public func sailings(from: Int64?, to: Int64?, productID: String?, now: Int64) throws -> [SailingSummary] {
        try writer.read { db in try Self.sailings(db, from: from, to: to, productID: productID, now: now) }
    }

    static func sailings(_ db: Database, from: Int64?, to: Int64?, productID: String?, now: Int64) throws
        -> [SailingSummary]
    {
        var conditions: [String] = []
        var arguments: StatementArguments = [now]
        if let from {
            conditions.append("s.departs_at >= ?")
            arguments += [from]
        }
        if let to {
            conditions.append("s.departs_at < ?")
            arguments += [to]
        }
        if let productID {
            conditions.append("s.product_id = ?")
            arguments += [productID.lowercased()]
        }
        let filter = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
        let sql = """
            WITH sold AS (
                SELECT sailing_id, COUNT(*) AS n FROM ticket WHERE status <> 'void' GROUP BY sailing_id
            ), held AS (
                SELECT sailing_id, SUM(quantity) AS n FROM hold_place WHERE expires_at > ? GROUP BY sailing_id
            ), shape AS (
                SELECT layout_id, MAX(kind = 'seated') AS seated, MAX(kind = 'standing') AS standing
                FROM layout_section GROUP BY layout_id
            )
            SELECT s.id, s.product_id, p.title_ru, s.vessel_id, s.pier_id, s.return_pier_id, pi.timezone, s.departs_at,
                s.sales_close_min, s.price_list_id,
                s.service_date, s.local_time, s.duration_min, s.status,
                COALESCE(l.places, s.capacity, v.capacity) AS capacity,
                COALESCE(shape.seated, 0) AS seated, COALESCE(shape.standing, 1) AS standing,
                COALESCE(sold.n, 0) AS sold, COALESCE(held.n, 0) AS held
            FROM sailing s
            JOIN product p ON p.id = s.product_id
            JOIN vessel v ON v.id = s.vessel_id
            JOIN pier pi ON pi.id = s.pier_id
            LEFT JOIN layout l ON l.id = v.layout_id
            LEFT JOIN shape ON shape.layout_id = v.layout_id
            LEFT JOIN sold ON sold.sailing_id = s.id
            LEFT JOIN held ON held.sailing_id = s.id
            \(filter)
            ORDER BY s.departs_at, s.id
            """
        // Columns by position: a lookup by name lower-cases the name on every row, which
        // showed up as the largest cost of loading the storefront's 30,000 sailings.
        var summaries: [SailingSummary] = []
        let rows = try Row.fetchCursor(db, sql: sql, arguments: arguments)
        while let row = try rows.next() {
            let seated: Bool = row[15]
            let standing: Bool = row[16]
            let seating: Seating = seated ? (standing ? .mixed : .assigned) : .general
            summaries.append(
                SailingSummary(
                    id: row[0], productID: row[1], productTitle: row[2], vesselID: row[3], pierID: row[4],
                    returnPierID: row[5], pierTimeZone: row[6], departsAt: row[7], serviceDate: row[10],
                    localTime: row[11], durationMinutes: row[12], salesCloseMinutes: row[8], priceListID: row[9],
                    status: row[13], seating: seating.rawValue, capacity: row[14], sold: row[17], held: row[18]))
        }
        return summaries
    }
}
