import GRDB
import GangwayCore

extension AppDatabase {
    /// The storefront's snapshot, read in one transaction: the catalog and every sailing with
    /// its prices, sold and held counts, and taken seats (holds unexpired at `now`).
    /// Sailings that departed before `from` (UTC seconds) are left out.
    public func siteCatalog(now: Int64, from: Int64? = nil) throws -> SiteCatalog {
        try writer.read { db in
            let piers = try Row.fetchAll(db, sql: "SELECT * FROM pier ORDER BY id").map(CatalogRows.pier)
            let vessels = try Row.fetchAll(db, sql: "SELECT * FROM vessel ORDER BY id").map(CatalogRows.vessel)
            let products = try Row.fetchAll(db, sql: "SELECT * FROM product ORDER BY id").map(CatalogRows.product)
            let layouts = try CatalogRows.layouts(db)
            let prices = try CatalogRows.priceLists(db)

            var taken: [String: Set<String>] = [:]
            let seatSQL = """
                SELECT sailing_id, section_id, row_label, seat_label FROM ticket
                WHERE status <> 'void' AND row_label IS NOT NULL
                UNION ALL
                SELECT sailing_id, section_id, row_label, seat_label FROM hold_place
                WHERE expires_at > ? AND row_label IS NOT NULL
                """
            for row in try Row.fetchAll(db, sql: seatSQL, arguments: [now]) {
                taken[row[0], default: []].insert("\(row[1] as String)|\(row[2] as String)|\(row[3] as String)")
            }
            var sold: [String: Int] = [:]
            for row in try Row.fetchAll(
                db, sql: "SELECT sailing_id, COUNT(*) FROM ticket WHERE status <> 'void' GROUP BY sailing_id")
            {
                sold[row[0]] = row[1]
            }
            var held: [String: Int] = [:]
            for row in try Row.fetchAll(
                db, sql: "SELECT sailing_id, SUM(quantity) FROM hold_place WHERE expires_at > ? GROUP BY sailing_id",
                arguments: [now])
            {
                held[row[0]] = row[1]
            }
            // Only the sailing's own columns and its capacity: products, piers and vessels are
            // read above, and every column and join costs time for each of tens of thousands of rows.
            let sql = """
                SELECT s.id, s.product_id, s.vessel_id, s.pier_id, s.return_pier_id, s.service_date, s.local_time,
                    s.departs_at, s.duration_min, COALESCE(l.places, s.capacity, v.capacity), s.sales_close_min,
                    s.status, s.price_list_id
                FROM sailing s JOIN vessel v ON v.id = s.vessel_id LEFT JOIN layout l ON l.id = v.layout_id
                \(from == nil ? "" : "WHERE s.departs_at >= ?")
                ORDER BY s.departs_at, s.id
                """
            var site: [SiteSailing] = []
            let rows = try Row.fetchCursor(db, sql: sql, arguments: from.map { [$0] } ?? [])
            while let row = try rows.next() {
                guard let date = LocalDate(parsing: row[5]), let time = ServiceTime(parsing: row[6]) else { continue }
                let id: String = row[0]
                let priceListID: String = row[12]
                let status: String = row[11]
                site.append(
                    SiteSailing(
                        id: id, productID: row[1], vesselID: row[2], pierID: row[3], returnPierID: row[4],
                        serviceDate: date, localTime: time, departsAt: row[7], durationMinutes: row[8],
                        capacity: row[9],
                        salesCloseMinutes: row[10], status: SailingStatus(rawValue: status) ?? .scheduled,
                        prices: prices[priceListID] ?? PriceList(entries: []), sold: sold[id] ?? 0,
                        held: held[id] ?? 0, takenSeats: taken[id] ?? []))
            }
            return SiteCatalog(
                piers: piers, layouts: layouts, vessels: vessels, products: products, sailings: site, takenAt: now)
        }
    }
}
