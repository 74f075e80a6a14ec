import GRDB
import GangwayCore

extension AppDatabase {
    /// What is free on `sailingID` at `now`: every assigned seat with a free flag, places left per
    /// standing area, the prices, and when this answer changes by time alone; nil for an unknown
    /// sailing. One read (WAL readers never wait for the writer).
    public func availability(sailingID: String, now: Int64) throws -> SailingAvailability? {
        try writer.read { db in
            guard let sailing = try SailingForSale.load(db, sailingID: sailingID) else { return nil }
            var taken: Set<String> = []
            // Cursors, not fetchAll: rows are read in place instead of copied first.
            let claims = try Row.fetchCursor(
                db.cachedStatement(
                    sql: """
                        SELECT section_id, row_label, seat_label FROM seat_claim
                        WHERE sailing_id = ? AND (expires_at IS NULL OR expires_at > ?)
                        UNION
                        SELECT section_id, row_label, seat_label FROM ticket
                        WHERE sailing_id = ? AND status <> 'void' AND row_label IS NOT NULL
                        """), arguments: [sailingID, now, sailingID])
            while let row = try claims.next() {
                taken.insert("\(row[0] as String)|\(row[1] as String)|\(row[2] as String)")
            }
            var seats: [SailingAvailability.Seat] = []
            if let layoutID = sailing.layoutID {
                let rows = try Row.fetchCursor(
                    db.cachedStatement(
                        sql: """
                            SELECT s.section_id, s.row_label, s.seat_label, s.category FROM layout_seat s
                            JOIN layout_section c ON c.layout_id = s.layout_id AND c.section_id = s.section_id
                            WHERE s.layout_id = ? ORDER BY c.position, s.rowid
                            """), arguments: [layoutID])
                while let row = try rows.next() {
                    var seat = SailingAvailability.Seat(
                        section: row[0], row: row[1], seat: row[2], category: row[3], free: true)
                    seat.free = !taken.contains(seat.id)
                    seats.append(seat)
                }
            }
            var standing: [SailingAvailability.Standing] = []
            for id in sailing.sectionOrder {
                guard let section = sailing.sections[id], section.kind == .standing else { continue }
                let remaining = max(0, section.capacity - (try sailing.standingTaken(db, section: id, now: now)))
                standing.append(
                    SailingAvailability.Standing(section: id, category: section.category, remaining: remaining))
            }
            return SailingAvailability(
                sailingID: sailingID, closed: sailing.closed(at: now), seats: seats, standing: standing,
                prices: sailing.prices, changesAt: try sailing.nextChange(db, after: now))
        }
    }
}
