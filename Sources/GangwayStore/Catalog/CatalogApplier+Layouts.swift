import GRDB
import GangwayCore

extension CatalogApplier {
    /// A place a valid ticket on a future sailing holds.
    struct SoldPlace {
        var sailingID: String
        var sectionID: String
        var row: String?
        var seat: String?
        var category: String

        var label: String {
            if let row, let seat { return "\(sailingID) \(sectionID)/\(row)/\(seat) (\(category))" }
            return "\(sailingID) \(sectionID) (\(category))"
        }
    }

    /// Each layout in the file replaces the stored one as a whole, unless that would remove or
    /// re-category a seat sold on a future sailing.
    mutating func applyLayouts(_ layouts: [SeatLayout]) throws {
        for layout in layouts {
            let stored = try storedLayout(layout.id)
            if let stored, stored == Self.comparable(layout) {
                count(.layout) { $0.unchanged += 1 }
                continue
            }
            let tooSmall = try Row.fetchAll(
                db, sql: "SELECT id, capacity FROM vessel WHERE layout_id = ? AND capacity < ? ORDER BY id",
                arguments: [layout.id, layout.places]
            )
            .filter { !vesselsInBatch.contains($0["id"]) }
            for vessel in tooSmall {
                error(
                    layout.source,
                    .layoutAboveVesselCapacity(
                        layout: layout.id, places: layout.places, vessel: vessel["id"], capacity: vessel["capacity"]))
            }
            if !tooSmall.isEmpty { continue }
            if stored != nil {
                let sold = try soldPlaces(
                    sql: """
                        SELECT t.sailing_id, t.section_id, t.row_label, t.seat_label, t.category
                        FROM ticket t JOIN sailing s ON s.id = t.sailing_id JOIN vessel v ON v.id = s.vessel_id
                        WHERE v.layout_id = ? AND t.status <> 'void' AND s.departs_at > ?
                        """, arguments: [layout.id, now])
                let lost = Self.placesMissing(sold, in: layout)
                if !lost.isEmpty {
                    error(
                        layout.source, .soldSeatsDropped(layout: layout.id, seats: Self.abbreviated(lost.map(\.label))))
                    continue
                }
                try db.execute(sql: "DELETE FROM layout_seat WHERE layout_id = ?", arguments: [layout.id])
                try db.execute(sql: "DELETE FROM layout_section WHERE layout_id = ?", arguments: [layout.id])
                try db.execute(
                    sql: "UPDATE layout SET places = ?, updated_at = ? WHERE id = ?",
                    arguments: [layout.places, now, layout.id])
                count(.layout) { $0.changed += 1 }
            } else {
                try db.execute(
                    sql: "INSERT INTO layout (id, places, updated_at) VALUES (?, ?, ?)",
                    arguments: [layout.id, layout.places, now])
                count(.layout) { $0.added += 1 }
            }
            try insertSections(of: layout)
        }
    }

    func insertSections(of layout: SeatLayout) throws {
        let section = try BulkStatement(
            db,
            sql: """
                INSERT INTO layout_section (layout_id, section_id, position, deck, name_ru, name_en, name_zh, kind,
                    category, capacity)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
        let seat = try BulkStatement(
            db,
            sql: """
                INSERT INTO layout_seat (layout_id, section_id, row_label, seat_label, x, y, category, accessible)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """)
        for (position, item) in layout.sections.enumerated() {
            try section.run([
                .text(layout.id), .text(item.id), .integer(Int64(position)), .text(item.deck), .text(item.name.ru),
                .text(item.name.en), .text(item.name.zh), .text(item.kind.rawValue), .text(item.category),
                .integer(item.capacity),
            ])
            for place in item.seats {
                try seat.run([
                    .text(layout.id), .text(item.id), .text(place.row), .text(place.seat), .real(place.x),
                    .real(place.y), .text(place.category), .boolean(place.accessible),
                ])
            }
        }
    }

    func soldPlaces(sql: String, arguments: StatementArguments) throws -> [SoldPlace] {
        try Row.fetchAll(db, sql: sql, arguments: arguments).map { row in
            SoldPlace(
                sailingID: row[0], sectionID: row[1], row: row[2], seat: row[3], category: row[4])
        }
    }

    /// Sold places that `layout` (nil: general admission only) no longer has, or has in another category.
    static func placesMissing(_ sold: [SoldPlace], in layout: SeatLayout?) -> [SoldPlace] {
        var seats: [String: String] = [:]
        var standing: [String: String] = [:]
        if let layout {
            for section in layout.sections {
                if section.kind == .standing {
                    standing[section.id] = section.category
                }
                for seat in section.seats { seats["\(section.id)|\(seat.row)|\(seat.seat)"] = seat.category }
            }
        } else {
            standing[Vessel.generalSectionID] = Vessel.generalCategory
        }
        return sold.filter { place in
            if let row = place.row, let seat = place.seat {
                return seats["\(place.sectionID)|\(row)|\(seat)"] != place.category
            }
            return standing[place.sectionID] != place.category
        }
    }

    /// The stored layout in a form comparable with ``comparable(_:)``, or nil when there is none.
    private func storedLayout(_ id: String) throws -> [String]? {
        guard try Bool.fetchOne(db, sql: "SELECT 1 FROM layout WHERE id = ?", arguments: [id]) == true else {
            return nil
        }
        var lines: [String] = []
        let sections = try Row.fetchAll(
            db, sql: "SELECT * FROM layout_section WHERE layout_id = ? ORDER BY position", arguments: [id])
        let seats = try Row.fetchAll(
            db, sql: "SELECT * FROM layout_seat WHERE layout_id = ? ORDER BY rowid", arguments: [id])
        var seatsBySection: [String: [String]] = [:]
        for seat in seats {
            let x: Double = seat["x"]
            let y: Double = seat["y"]
            let accessible: Bool = seat["accessible"]
            seatsBySection[seat["section_id"], default: []].append(
                "seat|\(seat["row_label"] as String)|\(seat["seat_label"] as String)|\(x)|\(y)|"
                    + "\(seat["category"] as String)|\(accessible)")
        }
        for section in sections {
            let sectionID: String = section["section_id"]
            let capacity: Int? = section["capacity"]
            lines.append(
                "section|\(sectionID)|\(section["deck"] as String? ?? "")|\(section["name_ru"] as String? ?? "")|"
                    + "\(section["name_en"] as String? ?? "")|\(section["name_zh"] as String? ?? "")|"
                    + "\(section["kind"] as String)|\(section["category"] as String? ?? "")|\(capacity.map(String.init) ?? "")"
            )
            lines.append(contentsOf: seatsBySection[sectionID] ?? [])
        }
        return lines
    }

    static func comparable(_ layout: SeatLayout) -> [String] {
        var lines: [String] = []
        for section in layout.sections {
            lines.append(
                "section|\(section.id)|\(section.deck ?? "")|\(section.name.ru ?? "")|\(section.name.en ?? "")|"
                    + "\(section.name.zh ?? "")|\(section.kind.rawValue)|\(section.category ?? "")|"
                    + "\(section.capacity.map(String.init) ?? "")")
            for seat in section.seats {
                lines.append(
                    "seat|\(seat.row)|\(seat.seat)|\(seat.x)|\(seat.y)|\(seat.category)|\(seat.accessible)")
            }
        }
        return lines
    }
}
