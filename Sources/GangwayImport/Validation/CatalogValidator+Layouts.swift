import GangwayCore

extension CatalogValidator {
    private enum RowKind: String, CaseIterable {
        case seat
        case standing
    }

    /// Layout rows: one per seat or per standing area, grouped into layouts and sections.
    /// A file replaces each layout it names as a whole.
    mutating func validateLayouts(_ records: [RawRecord]) {
        var order: [String] = []
        var layouts: [String: SeatLayout] = [:]
        var failed: Set<String> = []
        var seatLines: [String: Int] = [:]  // "layout|section|row|seat" → first line
        var standingLines: [String: Int] = [:]  // "layout|section" → first line
        var seats: [String: [LayoutSeat]] = [:]  // "layout|section" → its seats, in file order

        for record in records {
            var reader = FieldReader(record)
            let layoutID = reader.id("layout_id", required: true)
            let deck = reader.id("deck")
            let sectionID = reader.id("section_id", required: true)
            let sectionName = reader.localized("section", required: true)
            let kind: RowKind? = reader.choice("kind", required: true)
            let category = reader.id("category", required: true)
            let accessible = reader.boolean("accessible") ?? false
            var seat: LayoutSeat?
            var capacity: Int?
            switch kind {
            case .seat:
                let row = reader.requiredText("row")
                let number = reader.requiredText("seat")
                let x = reader.record["x"] == nil ? nil : reader.coordinate("x", limit: 100_000)
                let y = reader.record["y"] == nil ? nil : reader.coordinate("y", limit: 100_000)
                if reader.record["x"] == nil { reader.fail("x", .required(field: "x")) }
                if reader.record["y"] == nil { reader.fail("y", .required(field: "y")) }
                if reader.record["capacity"] != nil {
                    reader.fail("capacity", .fieldNotAllowed(field: "capacity", kind: "seat"))
                }
                if let row, let number, let x, let y, let category {
                    seat = LayoutSeat(
                        row: row, seat: number, x: x, y: y, category: category, accessible: accessible,
                        source: record.location)
                }
            case .standing:
                capacity = reader.count("capacity", in: 1...100_000, required: true)
                for field in ["row", "seat"] where reader.record[field] != nil {
                    reader.fail(field, .fieldNotAllowed(field: field, kind: "standing"))
                }
            case nil:
                break
            }
            let ok = !reader.hasErrors
            absorb(reader)
            guard let layoutID else { continue }
            if layouts[layoutID] == nil {
                order.append(layoutID)
                layouts[layoutID] = SeatLayout(id: layoutID, sections: [], source: record.location)
            }
            guard ok, let sectionID, let kind, let sections = layouts[layoutID]?.sections else {
                failed.insert(layoutID)
                continue
            }
            let sectionKind: LayoutSection.Kind = kind == .seat ? .seated : .standing
            let index: Int
            if let found = sections.firstIndex(where: { $0.id == sectionID }) {
                index = found
            } else {
                layouts[layoutID]?.sections.append(
                    LayoutSection(id: sectionID, deck: deck, name: sectionName, kind: sectionKind))
                index = sections.count
            }
            guard let section = layouts[layoutID]?.sections[index] else { continue }
            if section.kind != sectionKind {
                error(at: record.location(of: "kind"), .sectionKindMixed(section: sectionID))
                failed.insert(layoutID)
                continue
            }
            if section.deck != deck {
                error(at: record.location(of: "deck"), .sectionFieldConflict(section: sectionID, field: "deck"))
            }
            if section.name.ru != sectionName.ru {
                error(
                    at: record.location(of: "section_ru"),
                    .sectionFieldConflict(section: sectionID, field: "section_ru"))
            }
            if section.name.en == nil, let english = sectionName.en {
                layouts[layoutID]?.sections[index].name.en = english
            }
            if section.name.zh == nil, let chinese = sectionName.zh {
                layouts[layoutID]?.sections[index].name.zh = chinese
            }
            let sectionKey = "\(layoutID)|\(sectionID)"
            if let seat {
                let key = "\(sectionKey)|\(seat.row.lowercased())|\(seat.seat.lowercased())"
                if let first = seatLines[key] {
                    error(
                        at: record.location(of: "seat"),
                        .duplicateSeat(section: sectionID, row: seat.row, seat: seat.seat, firstLine: first))
                    failed.insert(layoutID)
                } else {
                    seatLines[key] = record.location.line
                    // Seats are gathered apart from their section, so appending never copies an array.
                    seats[sectionKey, default: []].append(seat)
                }
            } else {
                if let first = standingLines[sectionKey] {
                    error(
                        at: record.location(of: "section_id"),
                        .standingSectionRepeated(section: sectionID, firstLine: first))
                    failed.insert(layoutID)
                } else {
                    standingLines[sectionKey] = record.location.line
                    layouts[layoutID]?.sections[index].capacity = capacity
                    layouts[layoutID]?.sections[index].category = category
                }
            }
        }

        for id in order {
            guard var layout = layouts[id], !failed.contains(id) else { continue }
            for index in layout.sections.indices {
                layout.sections[index].seats = seats["\(id)|\(layout.sections[index].id)"] ?? []
            }
            var categories = Set(layout.sections.compactMap(\.category))
            for section in layout.sections { for seat in section.seats { categories.insert(seat.category) } }
            fileLayouts[id] = CatalogSnapshot.LayoutFacts(
                places: layout.places, categories: categories, hasSeats: layout.sections.contains { $0.kind == .seated }
            )
            batch.layouts.append(layout)
        }
    }
}
