import Foundation
import GangwayCore

/// A seat map drawn for one layout, language and price list, waiting for a sailing's
/// availability (see ``SeatMapRenderer/prepare(_:categories:label:)``). Rendering it only joins
/// prepared, already escaped pieces, so it is cheap to do for every sailing.
public struct PreparedSeatMap: Sendable, Hashable {
    struct Seat: Sendable, Hashable {
        var key: SeatKey
        /// ``SeatKey/id``, computed once.
        var id: String
        /// Whether this sailing sells the seat's category at all.
        var sellable: Bool
        /// The seat's whole markup (with any section openings before it) in its four states:
        /// free or taken, with the roving `tabindex` 0 (focused) or -1.
        var free: String
        var freeFocused: String
        var taken: String
        var takenFocused: String

        /// A seat from its prepared pieces: `opening` is the markup before the seat and the seat's
        /// element up to its classes, `freeTail` and `takenTail` run from the end of the
        /// `tabindex` value to the seat's end tag.
        init(key: SeatKey, sellable: Bool, opening: String, freeTail: String, takenTail: String) {
            self.key = key
            self.id = key.id
            self.sellable = sellable
            let freeHead = opening + "\" role=\"checkbox\" tabindex=\""
            let takenHead = opening + " taken\" role=\"checkbox\" tabindex=\""
            free = freeHead + "-1" + freeTail
            freeFocused = freeHead + "0" + freeTail
            taken = takenHead + "-1" + takenTail
            takenFocused = takenHead + "0" + takenTail
        }
    }

    var header = ""
    var seatPieces: [Seat] = []
    var trailer = ""
    var legend: String?
    /// The map as it is drawn when no seat is taken (the usual case for a sailing weeks ahead),
    /// drawn once.
    private var untaken: RenderedSeatMap?
    /// Standing sections, in layout order.
    public private(set) var standing: [StandingArea]

    init(header: String, seats: [Seat], trailer: String, legendHTML: String, standing: [StandingArea]) {
        self.header = header
        self.seatPieces = seats
        self.trailer = trailer
        self.legend = legendHTML
        self.standing = standing
        self.untaken = drawn(seatIsFree: { _ in true })
    }

    /// A layout with no assigned seat: no map, only standing sections.
    init(standing: [StandingArea]) {
        self.standing = standing
    }

    /// The assigned seats, in the map's order (top to bottom, left to right, deck by deck).
    public var seats: [SeatKey] { seatPieces.map(\.key) }

    /// The map for one sailing. `isFree` is asked once per seat of a category on sale.
    public func render(isFree: (SeatKey) -> Bool) -> RenderedSeatMap {
        drawn(seatIsFree: { isFree($0.key) })
    }

    /// The map for one sailing whose taken seats are `takenSeatIDs` (``SeatKey/id``s).
    public func render(takenSeatIDs: Set<String>) -> RenderedSeatMap {
        if takenSeatIDs.isEmpty, let untaken { return untaken }
        return drawn(seatIsFree: { !takenSeatIDs.contains($0.id) })
    }

    private func drawn(seatIsFree: (Seat) -> Bool) -> RenderedSeatMap {
        guard !seatPieces.isEmpty else {
            return RenderedSeatMap(svg: nil, legendHTML: nil, standing: standing, seatCount: 0, freeSeatCount: 0)
        }
        let free = seatPieces.map { $0.sellable && seatIsFree($0) }
        // Roving tabindex: 0 on the first free seat, or on the first seat when none is free, so
        // the map can always be reached from the keyboard.
        let focusIndex = free.firstIndex(of: true) ?? 0
        var svg = header
        var length = header.utf8.count + trailer.utf8.count
        for seat in seatPieces { length += seat.taken.utf8.count }
        svg.reserveCapacity(length)
        for index in seatPieces.indices {
            let seat = seatPieces[index]
            if index == focusIndex {
                svg += free[index] ? seat.freeFocused : seat.takenFocused
            } else {
                svg += free[index] ? seat.free : seat.taken
            }
        }
        svg += trailer
        return RenderedSeatMap(
            svg: svg, legendHTML: legend, standing: standing, seatCount: seatPieces.count,
            freeSeatCount: free.reduce(0) { $0 + ($1 ? 1 : 0) })
    }
}
