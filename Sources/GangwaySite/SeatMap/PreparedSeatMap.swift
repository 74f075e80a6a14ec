import Foundation
import GangwayCore

/// A seat map drawn for one layout, language and price list, waiting for a sailing's
/// availability (see ``SeatMapRenderer/prepare(_:categories:label:)``). Rendering it only joins
/// prepared, already escaped pieces, so it is cheap to do for every sailing.
public struct PreparedSeatMap: Sendable, Hashable {
    struct Seat: Sendable, Hashable {
        var key: SeatKey
        /// Whether this sailing sells the seat's category at all.
        var sellable: Bool
        /// Markup before the seat (section openings) and the seat's element up to its classes.
        var opening: String
        /// From the end of the `tabindex` value to the seat's end tag, free or taken.
        var freeTail: String
        var takenTail: String
    }

    var header = ""
    var seatPieces: [Seat] = []
    var trailer = ""
    var legend: String?
    /// Standing sections, in layout order.
    public private(set) var standing: [StandingArea]

    init(header: String, seats: [Seat], trailer: String, legendHTML: String, standing: [StandingArea]) {
        self.header = header
        self.seatPieces = seats
        self.trailer = trailer
        self.legend = legendHTML
        self.standing = standing
    }

    /// A layout with no assigned seat: no map, only standing sections.
    init(standing: [StandingArea]) {
        self.standing = standing
    }

    /// The assigned seats, in the map's order (top to bottom, left to right, deck by deck).
    public var seats: [SeatKey] { seatPieces.map(\.key) }

    /// The map for one sailing. `isFree` is asked once per seat of a category on sale.
    public func render(isFree: (SeatKey) -> Bool) -> RenderedSeatMap {
        guard !seatPieces.isEmpty else {
            return RenderedSeatMap(svg: nil, legendHTML: nil, standing: standing, seatCount: 0, freeSeatCount: 0)
        }
        let free = seatPieces.map { $0.sellable && isFree($0.key) }
        // Roving tabindex: 0 on the first free seat, or on the first seat when none is free, so
        // the map can always be reached from the keyboard.
        let focusIndex = free.firstIndex(of: true) ?? 0
        var svg = header
        svg.reserveCapacity(header.utf8.count + trailer.utf8.count + seatPieces.count * 420)
        for (index, seat) in seatPieces.enumerated() {
            svg += seat.opening
            svg += free[index] ? "\" role=\"checkbox\" tabindex=\"" : " taken\" role=\"checkbox\" tabindex=\""
            svg += index == focusIndex ? "0" : "-1"
            svg += free[index] ? seat.freeTail : seat.takenTail
        }
        svg += trailer
        return RenderedSeatMap(
            svg: svg, legendHTML: legend, standing: standing, seatCount: seatPieces.count,
            freeSeatCount: free.reduce(0) { $0 + ($1 ? 1 : 0) })
    }
}
