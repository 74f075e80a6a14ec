import GangwayCore

/// Turns each child of `<gangway>` into ``RawRecord``s named like the CSV columns of formats.md,
/// so XML and CSV share one validator: `id` becomes `<kind>_id`, references gain `_id`, `-`
/// becomes `_`, translations become `<field>_<lang>`, prices `price_<tier>[@<category>]`, and a
/// layout becomes one record per seat and one per standing section. Every field is located at
/// the element that carried it, every record at its element.
struct XMLCatalogFlattener {
    let fileName: String
    private(set) var records: [RawRecord] = []
    /// Problems the schema cannot see: duplicate translations and prices, section contents.
    private(set) var problems: [ImportProblem] = []

    init(fileName: String) {
        self.fileName = fileName
    }

    mutating func flatten(_ element: XMLCatalogElement) {
        switch element.name {
        case "pier":
            flattenEntity(element, as: .pier, renames: ["id": "pier_id"], translations: ["name", "address"])
        case "vessel":
            let renames = ["id": "vessel_id", "layout": "layout_id", "home-pier": "home_pier_id"]
            flattenEntity(element, as: .vessel, renames: renames, translations: ["name"])
        case "product":
            let translations = ["title", "summary", "description"]
            flattenEntity(element, as: .product, renames: ["id": "product_id"], translations: translations)
        case "promo":
            flattenEntity(element, as: .promo, renames: [:], translations: [])
        case "schedule":
            flattenSchedule(element)
        case "layout":
            flattenLayout(element)
        default:
            // The schema admits no other child of <gangway>.
            break
        }
    }

    // MARK: - Piers, vessels, products, promos

    private mutating func flattenEntity(
        _ element: XMLCatalogElement,
        as kind: RecordKind,
        renames: [String: String],
        translations: [String]
    ) {
        var fields = attributeFields(of: element, renames: renames)
        let columns = Dictionary(uniqueKeysWithValues: translations.map { ($0, $0) })
        addTranslations(of: element, columns: columns, into: &fields)
        records.append(RawRecord(kind: kind, location: location(element.line), fields: fields))
    }

    // MARK: - Schedules

    private static let scheduleRenames = [
        "product": "product_id", "vessel": "vessel_id", "pier": "pier_id", "from": "date_from", "to": "date_to",
        "return-pier": "return_pier_id",
    ]

    private mutating func flattenSchedule(_ schedule: XMLCatalogElement) {
        var fields = attributeFields(of: schedule, renames: Self.scheduleRenames)
        var exceptDates: [String] = []
        var exceptLine: Int?
        if let listed = schedule.attributes["except"], !listed.isEmpty {
            exceptDates.append(listed)
            exceptLine = schedule.line
        }
        for child in schedule.children {
            switch child.name {
            case "except":
                guard let date = child.attributes["date"], !date.isEmpty else { continue }
                exceptDates.append(date)
                exceptLine = exceptLine ?? child.line
            case "price":
                addPrice(child, into: &fields)
            default:
                break
            }
        }
        fields["except"] = exceptLine.map {
            RawField(value: exceptDates.joined(separator: " "), location: location($0))
        }
        records.append(RawRecord(kind: .schedule, location: location(schedule.line), fields: fields))
    }

    private mutating func addPrice(_ price: XMLCatalogElement, into fields: inout [String: RawField]) {
        let tier = (price.attributes["tier"] ?? "").lowercased()
        let category = price.attributes["category"].map { $0.lowercased() }.flatMap { $0.isEmpty ? nil : $0 }
        let column = "price_" + tier + (category.map { "@" + $0 } ?? "")
        guard fields[column] == nil else {
            let problem = XMLProblem.duplicatePrice(tier: tier, category: category)
            problems.append(.error(at: location(price.line), problem))
            return
        }
        fields[column] = RawField(value: price.text, location: location(price.line))
    }

    // MARK: - Layouts

    private mutating func flattenLayout(_ layout: XMLCatalogElement) {
        let layoutID = RawField(value: layout.attributes["id"] ?? "", location: location(layout.line))
        for child in layout.children {
            switch child.name {
            case "deck":
                let deck = RawField(value: child.attributes["id"] ?? "", location: location(child.line))
                for section in child.children(named: "section") {
                    flattenSection(section, layoutID: layoutID, deck: deck)
                }
            case "section":
                flattenSection(child, layoutID: layoutID, deck: nil)
            default:
                break
            }
        }
    }

    private static let standingAttributes = ["category", "capacity", "accessible", "x", "y"]
    private static let seatColumns = [("n", "seat"), ("x", "x"), ("y", "y")]
    private static let inheritedSeatAttributes = ["category", "accessible"]

    private mutating func flattenSection(_ section: XMLCatalogElement, layoutID: RawField, deck: RawField?) {
        let here = location(section.line)
        let sectionID = section.attributes["id"] ?? ""
        var common = ["layout_id": layoutID, "section_id": RawField(value: sectionID, location: here)]
        common["deck"] = deck
        addTranslations(of: section, columns: ["name": "section"], into: &common)
        let rows = section.children(named: "row")

        if section.attributes["kind"] == "standing" {
            var fields = common
            fields["kind"] = RawField(value: "standing", location: here)
            for name in Self.standingAttributes {
                fields[name] = section.attributes[name].map { RawField(value: $0, location: here) }
            }
            records.append(RawRecord(kind: .layout, location: here, fields: fields))
            if let row = rows.first {
                problems.append(.error(at: location(row.line), XMLProblem.rowsInStandingSection(section: sectionID)))
            }
            return
        }

        var seatCount = 0
        for row in rows {
            let rowLabel = RawField(value: row.attributes["label"] ?? "", location: location(row.line))
            for seat in row.children(named: "seat") {
                seatCount += 1
                let seatHere = location(seat.line)
                var fields = common
                fields["kind"] = RawField(value: "seat", location: here)
                fields["row"] = rowLabel
                for (attribute, column) in Self.seatColumns {
                    fields[column] = seat.attributes[attribute].map { RawField(value: $0, location: seatHere) }
                }
                // A seat's own category and accessibility override its section's.
                for name in Self.inheritedSeatAttributes {
                    if let own = seat.attributes[name] {
                        fields[name] = RawField(value: own, location: seatHere)
                    } else if let inherited = section.attributes[name] {
                        fields[name] = RawField(value: inherited, location: here)
                    }
                }
                records.append(RawRecord(kind: .layout, location: seatHere, fields: fields))
            }
        }
        if seatCount == 0 {
            problems.append(.error(at: here, XMLProblem.seatedSectionWithoutSeats(section: sectionID)))
        }
    }

    // MARK: - Shared

    private func location(_ line: Int) -> SourceLocation {
        SourceLocation(file: fileName, line: line)
    }

    /// The element's attributes as CSV columns: renamed, or with `-` turned into `_`.
    private func attributeFields(of element: XMLCatalogElement, renames: [String: String]) -> [String: RawField] {
        let here = location(element.line)
        var fields: [String: RawField] = [:]
        for (name, value) in element.attributes {
            let column = (renames[name] ?? String(name.map { $0 == "-" ? "_" : $0 })).lowercased()
            fields[column] = RawField(value: value, location: here)
        }
        return fields
    }

    /// `<name lang="ru">…</name>` as `name_ru` (or `<prefix>_ru` per `columns`), at the child's line.
    private mutating func addTranslations(
        of element: XMLCatalogElement,
        columns: [String: String],
        into fields: inout [String: RawField]
    ) {
        for child in element.children {
            guard let prefix = columns[child.name], let lang = child.attributes["lang"]?.lowercased() else { continue }
            let column = prefix + "_" + lang
            guard fields[column] == nil else {
                let problem = XMLProblem.duplicateTranslation(element: child.name, lang: lang)
                problems.append(.error(at: location(child.line), problem))
                continue
            }
            fields[column] = RawField(value: child.text, location: location(child.line))
        }
    }
}
