import Foundation
import GangwayCore

/// Draws a layout's assigned seats as an inline, accessible SVG for one sailing's page, with an
/// HTML legend beside it, and hands standing sections back for the page to show as places.
///
/// Each seat is a focusable `role="checkbox"` group labelled by the caller's `label` closure,
/// with a roving `tabindex` (0 on the first free seat), `aria-disabled="true"` when taken, and
/// `data-*` attributes the page script (`templates/assets/seatmap.js`) uses for arrow-key
/// movement, selection and live availability. Every operator text is escaped; the same input
/// gives the same bytes.
///
/// Drawing is split in two: ``prepare(_:categories:label:)`` does the work that depends on the
/// layout, language and prices (geometry, labels, escaping) once, and
/// ``PreparedSeatMap/render(isFree:)`` fills in each sailing's availability by joining the
/// prepared pieces. A site build can keep one prepared map per layout, language and price list.
public struct SeatMapRenderer: Sendable {
    public var language: Language
    public var labels: SeatMapLabels

    public init(language: Language, labels: SeatMapLabels) {
        self.language = language
        self.labels = labels
    }

    /// Renders `layout` for one sailing: ``prepare(_:categories:label:)`` then
    /// ``PreparedSeatMap/render(isFree:)``.
    /// - Parameters:
    ///   - categories: the categories with their names and prices in the page's language, in the
    ///     order the legend lists them. A seat whose category is missing here or has no price is
    ///     drawn as unavailable.
    ///   - isFree: whether a seat is still for sale on this sailing.
    ///   - label: a seat's spoken and tooltip label from its row, seat, category name and price,
    ///     for example "Ряд 3, место 12, VIP, 2 500 ₽".
    public func render(
        _ layout: SeatLayout,
        categories: [SeatMapCategory],
        isFree: (SeatKey) -> Bool,
        label: (_ row: String, _ seat: String, _ categoryName: String, _ priceText: String) -> String
    ) -> RenderedSeatMap {
        prepare(layout, categories: categories, label: label).render(isFree: isFree)
    }

    /// Everything about `layout`'s map that does not depend on which seats are free.
    public func prepare(
        _ layout: SeatLayout,
        categories: [SeatMapCategory],
        label: (_ row: String, _ seat: String, _ categoryName: String, _ priceText: String) -> String
    ) -> PreparedSeatMap {
        let standing = layout.sections.filter { $0.kind == .standing }.map { section in
            StandingArea(
                id: section.id, deck: section.deck, name: displayName(section), category: section.category,
                capacity: section.capacity ?? 0)
        }
        let seated = layout.sections.filter { $0.kind == .seated && !$0.seats.isEmpty }
        guard !seated.isEmpty else { return PreparedSeatMap(standing: standing) }
        let table = CategoryTable(categories: categories, seats: seated.flatMap(\.seats))
        let geometry = SeatMapGeometry(sections: seated.map { ($0, displayName($0)) })

        var seats: [PreparedSeatMap.Seat] = []
        var lead = ""
        var anyAccessible = false
        for deck in geometry.decks {
            lead += "<g class=\"deck\""
            if let id = deck.id { lead += " data-deck=\"" + XMLEscaping.attribute(id) + "\"" }
            lead += ">\n"
            for placed in deck.sections {
                lead += sectionOpening(placed)
                let sectionKey = XMLEscaping.attribute(placed.section.id) + "|"
                for seat in placed.seats {
                    let category = table.entry(for: seat.seat.category)
                    var text = label(
                        seat.seat.row, seat.seat.seat, category.name, category.priceText ?? labels.notForSale)
                    if seat.seat.accessible { text += ", " + labels.accessibleSuffix }
                    anyAccessible = anyAccessible || seat.seat.accessible
                    seats.append(
                        preparedSeat(
                            seat, section: placed.section, sectionKey: sectionKey, category: category,
                            label: text, lead: lead))
                    lead = ""
                }
                lead += "</g>\n"
            }
            lead += "</g>\n"
        }
        return PreparedSeatMap(
            header: header(geometry: geometry, toneCount: table.usedCount), seats: seats, trailer: lead + "</svg>\n",
            legendHTML: legendHTML(table: table, anyAccessible: anyAccessible), standing: standing)
    }

    /// A section's name in the page's language, Russian when missing, its id when both are.
    func displayName(_ section: LayoutSection) -> String {
        guard let name = section.name.resolved(language), !name.isEmpty else { return section.id }
        return name
    }

    private func header(geometry: SeatMapGeometry, toneCount: Int) -> String {
        let width = SVGNumber.format(geometry.width)
        let height = SVGNumber.format(geometry.height)
        var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"gw-seatmap\""
        svg += " viewBox=\"0 0 \(width) \(height)\" width=\"\(width)\" height=\"\(height)\""
        svg += " aria-label=\"\(XMLEscaping.attribute(labels.mapName))\""
        svg += " data-msg-selected=\"\(XMLEscaping.attribute(labels.announceSelected))\""
        svg += " data-msg-deselected=\"\(XMLEscaping.attribute(labels.announceDeselected))\""
        svg += " data-msg-taken=\"\(XMLEscaping.attribute(labels.announceTaken))\""
        svg += " data-taken-suffix=\"\(XMLEscaping.attribute(labels.takenSuffix))\">\n"
        svg += "<desc>\(XMLEscaping.text(labels.keyboardHint))</desc>\n"
        svg += SeatMapStyle.sheet(toneCount: toneCount) + "\n"
        // Templates of the state marks, which the page script copies into a seat when its
        // state changes (the build draws a cross on taken seats only, to keep pages small).
        svg += "<defs>" + SeatMapStyle.crossPath + SeatMapStyle.tickPath + "</defs>\n"
        return svg
    }

    /// A section's group, labelled by its name, and its visible heading (hidden from screen
    /// readers, which hear the group's label instead).
    private func sectionOpening(_ placed: SeatMapGeometry.PlacedSection) -> String {
        var markup = "<g class=\"section " + CSSClassName.token(placed.section.id, prefix: "section-") + "\""
        markup += " role=\"group\" aria-label=\"" + XMLEscaping.attribute(placed.name) + "\" data-section=\""
        markup += XMLEscaping.attribute(placed.section.id) + "\">\n"
        markup += "<text class=\"section-name\" x=\"" + SVGNumber.format(placed.headingX) + "\" y=\""
        markup += SVGNumber.format(placed.headingY) + "\" aria-hidden=\"true\">"
        return markup + XMLEscaping.text(placed.name) + "</text>\n"
    }

    /// One seat: a focusable checkbox group placed by `transform` (which the page script also
    /// reads for arrow-key moves), labelled, with its shape and, when taken, a cross. Only the
    /// `taken` class, the `tabindex` value, `aria-disabled` and the cross depend on the sailing.
    /// Kept lean: a 150-seat map is most of a sailing page's bytes.
    private func preparedSeat(
        _ placed: SeatMapGeometry.PlacedSeat, section: LayoutSection, sectionKey: String,
        category: CategoryTable.Entry, label: String, lead: String
    ) -> PreparedSeatMap.Seat {
        let x = SVGNumber.format(placed.x)
        let y = SVGNumber.format(placed.y)
        var opening = lead + "<g class=\"" + category.seatClasses
        if placed.seat.accessible { opening += " accessible" }
        var attributes = " aria-label=\"" + XMLEscaping.attribute(label) + "\" data-seat=\"" + sectionKey
        attributes += XMLEscaping.attribute(placed.seat.row) + "|" + XMLEscaping.attribute(placed.seat.seat)
        attributes += "\" transform=\"translate(" + x + " " + y + ")\">"
        let shape = placed.seat.accessible ? SeatMapStyle.accessibleShape : SeatMapStyle.seatShape
        let freeTail = "\" aria-checked=\"false\"" + attributes + shape + "</g>\n"
        let takenTail =
            "\" aria-checked=\"false\" aria-disabled=\"true\"" + attributes + shape + SeatMapStyle.crossPath + "</g>\n"
        return PreparedSeatMap.Seat(
            key: SeatKey(section: section.id, row: placed.seat.row, seat: placed.seat.seat),
            sellable: category.priceText != nil, opening: opening, freeTail: freeTail, takenTail: takenTail)
    }
}
