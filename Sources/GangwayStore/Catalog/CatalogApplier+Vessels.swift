import GRDB
import GangwayCore

extension CatalogApplier {
    mutating func applyVessels(_ vessels: [Vessel]) throws {
        guard !vessels.isEmpty else { return }
        var existing: [String: Row] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT * FROM vessel") { existing[row["id"]] = row }
        for vessel in vessels {
            if let stored = existing[vessel.id] {
                guard
                    try checkSoldPlacesSurvive(
                        vessel, storedLayout: stored["layout_id"], storedCapacity: stored["capacity"])
                else { continue }
            }
            let values: [(String, (any DatabaseValueConvertible)?)] = [
                ("name_ru", vessel.name.ru), ("name_en", vessel.name.en), ("name_zh", vessel.name.zh),
                ("kind", vessel.kind.rawValue), ("capacity", vessel.capacity), ("layout_id", vessel.layoutID),
                ("home_pier_id", vessel.homePierID), ("charter", vessel.charter != nil),
                ("charter_hour_price", vessel.charter?.hourPrice.kopecks),
                ("charter_min_hours", vessel.charter?.minimumHours),
                ("charter_max_guests", vessel.charter?.maximumGuests),
            ]
            try upsert(
                table: "vessel", key: ("id", vessel.id), values: values, existing: existing[vessel.id], kind: .vessel)
        }
    }

    /// A vessel that moves to another layout must keep every seat sold on its future sailings,
    /// and its capacity may not drop below what one of them has sold.
    private mutating func checkSoldPlacesSurvive(_ vessel: Vessel, storedLayout: String?, storedCapacity: Int) throws
        -> Bool
    {
        var ok = true
        if storedLayout != vessel.layoutID {
            let sold = try soldPlaces(
                sql: """
                    SELECT t.sailing_id, t.section_id, t.row_label, t.seat_label, t.category
                    FROM ticket t JOIN sailing s ON s.id = t.sailing_id
                    WHERE s.vessel_id = ? AND t.status <> 'void' AND s.departs_at > ?
                    """, arguments: [vessel.id, now])
            if !sold.isEmpty {
                let layout = try vessel.layoutID.flatMap { try loadLayout($0) }
                let lost = Self.placesMissing(sold, in: layout)
                if !lost.isEmpty {
                    error(
                        vessel.source,
                        .vesselLayoutDropsSoldSeats(vessel: vessel.id, seats: Self.abbreviated(lost.map(\.label))))
                    ok = false
                }
            }
        }
        if vessel.capacity < storedCapacity {
            let row = try Row.fetchOne(
                db,
                sql: """
                    SELECT t.sailing_id, COUNT(*) AS sold FROM ticket t JOIN sailing s ON s.id = t.sailing_id
                    WHERE s.vessel_id = ? AND t.status <> 'void' AND s.departs_at > ?
                    GROUP BY t.sailing_id ORDER BY sold DESC LIMIT 1
                    """, arguments: [vessel.id, now])
            if let row, let sold: Int = row["sold"], sold > vessel.capacity {
                error(
                    vessel.source,
                    .vesselCapacityBelowSold(
                        vessel: vessel.id, capacity: vessel.capacity, sailing: row["sailing_id"], sold: sold))
                ok = false
            }
        }
        return ok
    }

    /// A stored layout (as applied earlier in this transaction, if the same file replaced it).
    func loadLayout(_ id: String) throws -> SeatLayout? {
        let sections = try Row.fetchAll(
            db, sql: "SELECT * FROM layout_section WHERE layout_id = ? ORDER BY position", arguments: [id])
        guard !sections.isEmpty else { return nil }
        var seats: [String: [LayoutSeat]] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT * FROM layout_seat WHERE layout_id = ?", arguments: [id]) {
            seats[row["section_id"], default: []].append(
                LayoutSeat(
                    row: row["row_label"], seat: row["seat_label"], x: row["x"], y: row["y"], category: row["category"],
                    accessible: row["accessible"]))
        }
        return SeatLayout(
            id: id,
            sections: sections.map { row in
                let sectionID: String = row["section_id"]
                return LayoutSection(
                    id: sectionID, deck: row["deck"], name: LocalizedText(ru: row["name_ru"]),
                    kind: LayoutSection.Kind(rawValue: row["kind"]) ?? .standing, category: row["category"],
                    capacity: row["capacity"], seats: seats[sectionID] ?? [])
            })
    }
}
