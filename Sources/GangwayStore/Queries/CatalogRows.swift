import GRDB
import GangwayCore

/// Decodes catalog rows into the domain values the rest of Gangway uses.
enum CatalogRows {
    static func pier(_ row: Row) -> Pier {
        Pier(
            id: row["id"], name: LocalizedText(ru: row["name_ru"], en: row["name_en"], zh: row["name_zh"]),
            address: LocalizedText(ru: row["address_ru"], en: row["address_en"], zh: row["address_zh"]),
            latitude: row["lat"], longitude: row["lon"], timeZone: row["timezone"])
    }

    static func vessel(_ row: Row) -> Vessel {
        var charter: Vessel.CharterTerms?
        if row["charter"] as Bool, let price: Int64 = row["charter_hour_price"] {
            charter = Vessel.CharterTerms(
                hourPrice: Money(kopecks: price), minimumHours: row["charter_min_hours"] ?? 1,
                maximumGuests: row["charter_max_guests"] ?? row["capacity"])
        }
        return Vessel(
            id: row["id"], name: LocalizedText(ru: row["name_ru"], en: row["name_en"], zh: row["name_zh"]),
            kind: Vessel.Kind(rawValue: row["kind"]) ?? .other, capacity: row["capacity"], layoutID: row["layout_id"],
            homePierID: row["home_pier_id"], charter: charter)
    }

    static func product(_ row: Row) -> Product {
        let tags: String = row["tags"]
        return Product(
            id: row["id"], kind: Product.Kind(rawValue: row["kind"]) ?? .excursion,
            title: LocalizedText(ru: row["title_ru"], en: row["title_en"], zh: row["title_zh"]),
            summary: LocalizedText(ru: row["summary_ru"], en: row["summary_en"], zh: row["summary_zh"]),
            description: LocalizedText(ru: row["description_ru"], en: row["description_en"], zh: row["description_zh"]),
            durationMinutes: row["duration_min"], ageMinimum: row["age_min"], image: row["image"],
            tags: tags.split(separator: " ").map(String.init))
    }

    /// Every layout with its sections and seats, in file order.
    static func layouts(_ db: Database) throws -> [SeatLayout] {
        var seats: [String: [LayoutSeat]] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT * FROM layout_seat ORDER BY rowid") {
            seats["\(row["layout_id"] as String)|\(row["section_id"] as String)", default: []].append(
                LayoutSeat(
                    row: row["row_label"], seat: row["seat_label"], x: row["x"], y: row["y"],
                    category: row["category"], accessible: row["accessible"]))
        }
        var sections: [String: [LayoutSection]] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT * FROM layout_section ORDER BY layout_id, position") {
            let layoutID: String = row["layout_id"]
            let sectionID: String = row["section_id"]
            sections[layoutID, default: []].append(
                LayoutSection(
                    id: sectionID, deck: row["deck"],
                    name: LocalizedText(ru: row["name_ru"], en: row["name_en"], zh: row["name_zh"]),
                    kind: LayoutSection.Kind(rawValue: row["kind"]) ?? .standing, category: row["category"],
                    capacity: row["capacity"], seats: seats["\(layoutID)|\(sectionID)"] ?? []))
        }
        return try String.fetchAll(db, sql: "SELECT id FROM layout ORDER BY id").map { id in
            SeatLayout(id: id, sections: sections[id] ?? [])
        }
    }

    /// Every price list by id.
    static func priceLists(_ db: Database) throws -> [String: PriceList] {
        var entries: [String: [PriceList.Entry]] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT * FROM price_list_item") {
            let category: String = row["category"]
            entries[row["price_list_id"], default: []].append(
                PriceList.Entry(
                    tier: row["tier"], category: category.isEmpty ? nil : category,
                    amount: Money(kopecks: row["amount"])))
        }
        return entries.mapValues { PriceList(entries: $0) }
    }
}
