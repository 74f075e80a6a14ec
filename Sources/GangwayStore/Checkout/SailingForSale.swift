import GRDB
import GangwayCore

/// A sailing as checkout reads it inside a transaction: when it departs, whether it is on sale,
/// its prices, and its sections (a vessel without a layout has one standing section, `general`).
struct SailingForSale: Equatable {
    struct Section: Equatable {
        var id: String
        var kind: LayoutSection.Kind
        var category: String
        var capacity: Int
    }

    var id: String
    var productID: String
    var vesselID: String
    var layoutID: String?
    var status: SailingStatus
    var departsAt: Int64
    var salesCloseMinutes: Int
    var prices: PriceList
    var sections: [String: Section]
    var sectionOrder: [String]

    /// Nil when `sailingID` does not exist.
    static func load(_ db: Database, sailingID: String) throws -> SailingForSale? {
        guard
            let row = try Row.fetchOne(
                db.cachedStatement(sql: selectSailing + " WHERE s.id = ?"), arguments: [sailingID])
        else { return nil }
        let prices = try Row.fetchAll(
            db.cachedStatement(sql: "SELECT tier, category, amount FROM price_list_item WHERE price_list_id = ?"),
            arguments: [row[7]]
        ).map { priceEntry($0, from: 0) }
        let layoutID: String? = row[3]
        var sections: [Section] = []
        if let layoutID {
            sections = try Row.fetchAll(
                db.cachedStatement(
                    sql:
                        "SELECT section_id, kind, category, capacity FROM layout_section WHERE layout_id = ? ORDER BY position"
                ), arguments: [layoutID]
            ).map { section($0, from: 0) }
        }
        return make(row, prices: prices, layoutSections: sections)
    }

    /// Every sailing that departs after `now`, soonest first, at most `limit`: three queries in
    /// all (sailings, price lists, layouts), for ``HoldQueue/preload(now:)``. Each is what
    /// ``load(_:sailingID:)`` reads for it.
    static func loadAll(_ db: Database, departingAfter now: Int64, limit: Int) throws -> [SailingForSale] {
        var prices: [DatabaseValue: [PriceList.Entry]] = [:]
        let priceRows = try Row.fetchCursor(
            db, sql: "SELECT price_list_id, tier, category, amount FROM price_list_item")
        while let row = try priceRows.next() { prices[row[0], default: []].append(priceEntry(row, from: 1)) }
        var layouts: [String: [Section]] = [:]
        let sectionRows = try Row.fetchCursor(
            db,
            sql:
                "SELECT layout_id, section_id, kind, category, capacity FROM layout_section ORDER BY layout_id, position"
        )
        while let row = try sectionRows.next() { layouts[row[0], default: []].append(section(row, from: 1)) }
        var sailings: [SailingForSale] = []
        let sailingRows = try Row.fetchCursor(
            db, sql: selectSailing + " WHERE s.departs_at > ? ORDER BY s.departs_at, s.id LIMIT ?",
            arguments: [now, limit])
        while let row = try sailingRows.next() {
            let layoutID: String? = row[3]
            sailings.append(
                make(row, prices: prices[row[7]] ?? [], layoutSections: layoutID.flatMap { layouts[$0] } ?? []))
        }
        return sailings
    }

    private static let selectSailing = """
        SELECT s.id, s.product_id, s.vessel_id, v.layout_id, s.status, s.departs_at, s.sales_close_min,
            s.price_list_id, COALESCE(s.capacity, v.capacity)
        FROM sailing s JOIN vessel v ON v.id = s.vessel_id
        """

    /// The price of `tier, category, amount` columns from `first` on.
    private static func priceEntry(_ row: Row, from first: Int) -> PriceList.Entry {
        let category: String = row[first + 1]
        return PriceList.Entry(
            tier: row[first], category: category.isEmpty ? nil : category, amount: Money(kopecks: row[first + 2]))
    }

    /// The section of `section_id, kind, category, capacity` columns from `first` on.
    private static func section(_ row: Row, from first: Int) -> Section {
        let id: String = row[first]
        return Section(
            id: id, kind: LayoutSection.Kind(rawValue: row[first + 1]) ?? .standing,
            category: (row[first + 2] as String?) ?? id, capacity: (row[first + 3] as Int?) ?? 0)
    }

    /// The sailing of a ``selectSailing`` row; a vessel without a layout has one standing section.
    private static func make(_ row: Row, prices: [PriceList.Entry], layoutSections: [Section]) -> SailingForSale {
        let layoutID: String? = row[3]
        var sections: [String: Section] = [:]
        var order: [String] = []
        if layoutID != nil {
            for section in layoutSections {
                sections[section.id] = section
                order.append(section.id)
            }
        } else {
            sections[Vessel.generalSectionID] = Section(
                id: Vessel.generalSectionID, kind: .standing, category: Vessel.generalCategory, capacity: row[8])
            order = [Vessel.generalSectionID]
        }
        return SailingForSale(
            id: row[0], productID: row[1], vesselID: row[2], layoutID: layoutID,
            status: SailingStatus(rawValue: row[4]) ?? .scheduled, departsAt: row[5], salesCloseMinutes: row[6],
            prices: PriceList(entries: prices), sections: sections, sectionOrder: order)
    }

    /// The catalog generation (see the migration `catalog-generation`): a sailing read while it
    /// held this value is still what the database says as long as it holds it.
    static func generation(_ db: Database) throws -> Int64 {
        try Int64.fetchOne(db.cachedStatement(sql: "SELECT value FROM catalog_generation WHERE id = 1")) ?? 0
    }

    /// Why it cannot be bought at `now`, or nil.
    func closed(at now: Int64) -> HoldFailure.Closed? {
        HoldFailure.Closed.reason(status: status, departsAt: departsAt, salesCloseMinutes: salesCloseMinutes, now: now)
    }

    /// The first moment after `now` at which what is on sale changes by time alone: a live hold's
    /// claim lapses, sales close, or the sailing departs. Nil for a cancelled sailing with no holds.
    func nextChange(_ db: Database, after now: Int64) throws -> Int64? {
        let lapse = try Int64.fetchOne(
            db.cachedStatement(
                sql: """
                    SELECT MIN(expires_at) FROM (
                        SELECT expires_at FROM seat_claim WHERE sailing_id = ? AND expires_at > ?
                        UNION ALL
                        SELECT expires_at FROM standing_claim WHERE sailing_id = ? AND expires_at > ?)
                    """), arguments: [id, now, id, now])
        var moments = [lapse].compactMap { $0 }
        if status != .cancelled {
            moments += [departsAt - Int64(salesCloseMinutes) * 60, departsAt].filter { $0 > now }
        }
        return moments.min()
    }

    /// The category of an assigned seat of this sailing's layout, or nil when there is no such seat.
    func seatCategory(_ db: Database, section: String, row: String, seat: String) throws -> String? {
        guard let layoutID else { return nil }
        return try String.fetchOne(
            db.cachedStatement(
                sql: """
                    SELECT category FROM layout_seat
                    WHERE layout_id = ? AND section_id = ? AND row_label = ? AND seat_label = ?
                    """), arguments: [layoutID, section, row, seat])
    }

    /// Places of a standing section taken at `now`: paid and unexpired claims, and tickets sold
    /// outside checkout.
    func standingTaken(_ db: Database, section: String, now: Int64) throws -> Int {
        let claimed =
            try Int.fetchOne(
                db.cachedStatement(
                    sql: """
                        SELECT COALESCE(SUM(quantity), 0) FROM standing_claim
                        WHERE sailing_id = ? AND section_id = ? AND (expires_at IS NULL OR expires_at > ?)
                        """), arguments: [id, section, now]) ?? 0
        let loose =
            try Int.fetchOne(
                db.cachedStatement(
                    sql: """
                        SELECT COUNT(*) FROM ticket WHERE sailing_id = ? AND section_id = ? AND row_label IS NULL
                        AND status <> 'void' AND order_code IS NULL
                        """), arguments: [id, section]) ?? 0
        return claimed + loose
    }

    /// Claims an assigned seat for `order` (until `expiresAt`; nil: sold) unless a paid ticket or a
    /// live claim holds it; a claim that lapsed by `now` is cleared first. The seat is the claim's
    /// primary key, so of two claimers only one can ever succeed. Returns whether it was claimed.
    func claimSeat(
        _ db: Database, section: String, row: String, seat: String, order: String, expiresAt: Int64?, now: Int64
    ) throws -> Bool {
        let key: StatementArguments = [id, section, row, seat]
        try db.cachedStatement(
            sql: """
                DELETE FROM seat_claim WHERE sailing_id = ? AND section_id = ? AND row_label = ? AND seat_label = ?
                AND expires_at IS NOT NULL AND expires_at <= ?
                """
        ).execute(arguments: key + [now])
        let sold =
            try Bool.fetchOne(
                db.cachedStatement(
                    sql: """
                        SELECT EXISTS (SELECT 1 FROM ticket WHERE sailing_id = ? AND section_id = ? AND row_label = ?
                        AND seat_label = ? AND status <> 'void')
                        """), arguments: key) ?? false
        if sold { return false }
        try db.cachedStatement(
            sql: """
                INSERT OR IGNORE INTO seat_claim (sailing_id, section_id, row_label, seat_label, order_code, expires_at)
                VALUES (?, ?, ?, ?, ?, ?)
                """
        ).execute(arguments: key + [order, expiresAt])
        return db.changesCount > 0
    }

    /// Records `quantity` places of a standing section for `order` (the caller checked capacity
    /// inside the same transaction).
    func claimStanding(_ db: Database, section: String, quantity: Int, order: String, expiresAt: Int64?) throws {
        try db.cachedStatement(
            sql: """
                INSERT INTO standing_claim (order_code, sailing_id, section_id, quantity, expires_at)
                VALUES (?, ?, ?, ?, ?)
                """
        ).execute(arguments: [order, id, section, quantity, expiresAt])
    }
}
