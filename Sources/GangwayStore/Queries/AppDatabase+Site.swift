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
            let sailings = try Self.sailings(db, from: from, to: nil, productID: nil, now: now)
            let site = sailings.compactMap { summary -> SiteSailing? in
                guard let date = LocalDate(parsing: summary.serviceDate),
                    let time = ServiceTime(parsing: summary.localTime)
                else { return nil }
                return SiteSailing(
                    id: summary.id, productID: summary.productID, vesselID: summary.vesselID, pierID: summary.pierID,
                    returnPierID: summary.returnPierID, serviceDate: date, localTime: time,
                    departsAt: summary.departsAt, durationMinutes: summary.durationMinutes, capacity: summary.capacity,
                    salesCloseMinutes: summary.salesCloseMinutes,
                    status: SailingStatus(rawValue: summary.status) ?? .scheduled,
                    prices: prices[summary.priceListID] ?? PriceList(entries: []), sold: summary.sold,
                    held: summary.held, takenSeats: taken[summary.id] ?? [])
            }
            return SiteCatalog(
                piers: piers, layouts: layouts, vessels: vessels, products: products, sailings: site, takenAt: now)
        }
    }
}
