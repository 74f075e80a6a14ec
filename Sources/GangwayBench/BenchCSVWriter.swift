import GangwayCore

/// Renders a ``BenchCatalog`` as the inbox CSV kinds of formats.md: `;`-separated, as Excel on
/// a Russian Windows saves them, money with a space between thousands and a decimal comma.
enum BenchCSVWriter {
    static func piers(_ piers: [Pier]) -> String {
        var lines = ["pier_id;name_ru;name_en;address_ru;lat;lon;timezone"]
        for pier in piers {
            lines.append(
                [
                    pier.id, pier.name.ru ?? "", pier.name.en ?? "", pier.address.ru ?? "",
                    pier.latitude.map { "\($0)" } ?? "", pier.longitude.map { "\($0)" } ?? "", pier.timeZone,
                ].joined(separator: ";"))
        }
        return document(lines)
    }

    /// One row per seat, every layout in one file.
    static func layouts(_ layouts: [SeatLayout]) -> String {
        var lines = ["layout_id;deck;section_id;section_ru;section_en;kind;row;seat;x;y;category;accessible"]
        lines.reserveCapacity(layouts.reduce(1) { $0 + $1.places })
        for layout in layouts {
            for section in layout.sections {
                let head = [
                    layout.id, section.deck ?? "", section.id, section.name.ru ?? "", section.name.en ?? "", "seat",
                ].joined(separator: ";")
                for seat in section.seats {
                    lines.append(
                        head + ";\(seat.row);\(seat.seat);\(Int(seat.x));\(Int(seat.y));\(seat.category);"
                            + (seat.accessible ? "да" : ""))
                }
            }
        }
        return document(lines)
    }

    static func vessels(_ vessels: [Vessel]) -> String {
        var lines = ["vessel_id;name_ru;name_en;kind;capacity;layout_id;home_pier_id;charter"]
        for vessel in vessels {
            lines.append(
                [
                    vessel.id, vessel.name.ru ?? "", vessel.name.en ?? "", vessel.kind.rawValue,
                    String(vessel.capacity),
                    vessel.layoutID ?? "", vessel.homePierID ?? "", "нет",
                ].joined(separator: ";"))
        }
        return document(lines)
    }

    static func products(_ products: [Product]) -> String {
        var lines = ["product_id;kind;title_ru;title_en;summary_ru;duration_min;age_min;tags"]
        for product in products {
            lines.append(
                [
                    product.id, product.kind.rawValue, product.title.ru ?? "", product.title.en ?? "",
                    product.summary.ru ?? "", String(product.durationMinutes),
                    product.ageMinimum.map(String.init) ?? "",
                    product.tags.joined(separator: " "),
                ].joined(separator: ";"))
        }
        return document(lines)
    }

    /// The schedule rows; `comment` (if any) goes first as a `#` line, which changes the bytes
    /// and nothing else.
    static func schedule(_ rules: [ScheduleRule], comment: String? = nil) -> String {
        let columns = ["adult", "child", "concession", "adult@vip", "child@vip"]
        var lines = [
            "product_id;vessel_id;pier_id;times;date;date_from;date_to;weekdays;"
                + columns.map { "price_" + $0 }.joined(separator: ";")
        ]
        if let comment { lines.append("# " + comment) }
        for rule in rules {
            var dates: [String]
            switch rule.dates {
            case .single(let day): dates = [day.description, "", "", ""]
            case .range(let from, let to, _, _): dates = ["", from.description, to.description, "1-7"]
            }
            var prices: [String: String] = [:]
            for entry in rule.prices.entries {
                prices[entry.tier + (entry.category.map { "@" + $0 } ?? "")] = money(entry.amount)
            }
            lines.append(
                ([rule.productID, rule.vesselID, rule.pierID, rule.times.map(\.description).joined(separator: " ")]
                    + dates + columns.map { prices[$0] ?? "" }).joined(separator: ";"))
        }
        return document(lines)
    }

    /// `1 650,50`.
    static func money(_ amount: Money) -> String {
        let rubles = String(amount.kopecks / 100)
        var grouped = ""
        for (offset, digit) in rubles.enumerated() {
            if offset > 0 && (rubles.count - offset) % 3 == 0 { grouped.append(" ") }
            grouped.append(digit)
        }
        let kopecks = amount.kopecks % 100
        return grouped + "," + (kopecks < 10 ? "0" : "") + String(kopecks)
    }

    private static func document(_ lines: [String]) -> String { lines.joined(separator: "\r\n") + "\r\n" }
}
