import Foundation
import GangwayCore

/// Where a layout's seats are drawn. Operator coordinates are in any unit: they are scaled so
/// that neighbouring seats in a row are ``pitch`` map units apart, and decks (which may reuse
/// the same coordinates) are stacked top to bottom in the order they first appear.
struct SeatMapGeometry {
    static let pitch = 24.0
    static let seatHalf = 9.0
    static let edge = 16.0
    /// From a deck's top to its topmost seat centre: room for a section heading.
    static let headingSpace = 34.0
    static let deckGap = 16.0
    static let fontSize = 13.0

    struct PlacedSeat {
        var seat: LayoutSeat
        var x: Double
        var y: Double
    }

    struct PlacedSection {
        var section: LayoutSection
        var name: String
        var seats: [PlacedSeat]
        var headingX: Double
        var headingY: Double
    }

    struct Deck {
        var id: String?
        var sections: [PlacedSection]
    }

    var decks: [Deck] = []
    var width = 0.0
    var height = 0.0

    /// `sections` are seated sections with at least one seat, each with its display name.
    init(sections: [(section: LayoutSection, name: String)]) {
        let scale = Self.pitch / Self.estimatePitch(sections.map(\.section))
        var deckIDs: [String?] = []
        for entry in sections where !deckIDs.contains(entry.section.deck) { deckIDs.append(entry.section.deck) }

        var cursor = 0.0
        for deckID in deckIDs {
            let members = sections.filter { $0.section.deck == deckID }
            let points = members.flatMap(\.section.seats).map { (Self.finite($0.x), Self.finite($0.y)) }
            let minX = points.map(\.0).min() ?? 0
            let minY = points.map(\.1).min() ?? 0
            let maxY = points.map(\.1).max() ?? 0
            let top = cursor + Self.headingSpace
            var deck = Deck(id: deckID, sections: [])
            for member in members {
                let seats = Self.readingOrder(member.section.seats).map { seat in
                    PlacedSeat(
                        seat: seat, x: Self.edge + (Self.finite(seat.x) - minX) * scale,
                        y: top + (Self.finite(seat.y) - minY) * scale)
                }
                let headingX = (seats.map(\.x).min() ?? Self.edge) - Self.seatHalf
                let headingY = (seats.map(\.y).min() ?? top) - Self.seatHalf - 8
                deck.sections.append(
                    PlacedSection(
                        section: member.section, name: member.name, seats: seats, headingX: headingX,
                        headingY: headingY))
                width = max(width, headingX + Self.textWidth(member.name) + Self.edge)
                width = max(width, (seats.map(\.x).max() ?? 0) + Self.seatHalf + Self.edge)
            }
            decks.append(deck)
            cursor = top + (maxY - minY) * scale + Self.seatHalf + Self.deckGap
        }
        height = decks.isEmpty ? 0 : cursor - Self.deckGap + Self.edge
        width = width.rounded(.up)
        height = height.rounded(.up)
    }

    /// Seats top to bottom, then left to right; ties keep the layout's order.
    static func readingOrder(_ seats: [LayoutSeat]) -> [LayoutSeat] {
        seats.enumerated().sorted { lhs, rhs in
            let (a, b) = (lhs.element, rhs.element)
            if finite(a.y) != finite(b.y) { return finite(a.y) < finite(b.y) }
            if finite(a.x) != finite(b.x) { return finite(a.x) < finite(b.x) }
            return lhs.offset < rhs.offset
        }.map(\.element)
    }

    /// The typical distance between neighbouring seats, in operator units: the median distance
    /// between consecutive seats of a row; failing that (one seat per row), the median gap
    /// between distinct rows' `y`, then columns' `x`; failing that, 1.
    static func estimatePitch(_ sections: [LayoutSection]) -> Double {
        var distances: [Double] = []
        for section in sections {
            var rows: [String: [(Double, Double)]] = [:]
            for seat in section.seats { rows[seat.row, default: []].append((finite(seat.x), finite(seat.y))) }
            for points in rows.values {
                let sorted = points.sorted { $0.0 != $1.0 ? $0.0 < $1.0 : $0.1 < $1.1 }
                for (a, b) in zip(sorted, sorted.dropFirst()) {
                    let distance = ((b.0 - a.0) * (b.0 - a.0) + (b.1 - a.1) * (b.1 - a.1)).squareRoot()
                    if distance > 1e-9 && distance.isFinite { distances.append(distance) }
                }
            }
        }
        if let median = median(distances) { return median }
        let seats = sections.flatMap(\.seats)
        for axis in [seats.map { finite($0.y) }, seats.map { finite($0.x) }] {
            let values = Array(Set(axis)).sorted()
            if let median = median(zip(values, values.dropFirst()).map { $1 - $0 }.filter(\.isFinite)) {
                return median
            }
        }
        return 1
    }

    private static func median(_ values: [Double]) -> Double? {
        guard !values.isEmpty else { return nil }
        let value = values.sorted()[values.count / 2]
        return value > 1e-9 && value.isFinite ? value : nil
    }

    /// A rough width of `text` at ``fontSize`` (no font metrics here): wide scripts a full em,
    /// others about 0.62 em.
    static func textWidth(_ text: String) -> Double {
        text.unicodeScalars.reduce(0) { $0 + ($1.value >= 0x1100 ? fontSize : fontSize * 0.62) }
    }

    /// Operator coordinates are checked on import; a non-finite or absurd one is drawn at 0 or
    /// at the clamp rather than trapping.
    static func finite(_ value: Double) -> Double {
        guard value.isFinite else { return 0 }
        return min(max(value, -1e9), 1e9)
    }
}
