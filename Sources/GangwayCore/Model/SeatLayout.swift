/// A vessel's seat layout: decks → sections; a section is seated (rows and seats) or standing
/// (general admission with a capacity).
public struct SeatLayout: Sendable, Hashable {
    public var id: String
    public var sections: [LayoutSection]
    public var source: SourceLocation?

    public init(id: String, sections: [LayoutSection], source: SourceLocation? = nil) {
        self.id = id
        self.sections = sections
        self.source = source
    }

    /// Every place it offers: seats plus standing capacities.
    public var places: Int { sections.reduce(0) { $0 + $1.places } }

    public var seating: Seating { Seating(sections: sections.map(\.kind)) }
}

/// One section of a layout.
public struct LayoutSection: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable, Codable {
        case seated
        case standing
    }

    public var id: String
    public var deck: String?
    public var name: LocalizedText
    public var kind: Kind
    /// The category of a standing section (seats carry their own).
    public var category: String?
    /// The capacity of a standing section.
    public var capacity: Int?
    public var seats: [LayoutSeat]

    public init(
        id: String, deck: String?, name: LocalizedText, kind: Kind, category: String? = nil, capacity: Int? = nil,
        seats: [LayoutSeat] = []
    ) {
        self.id = id
        self.deck = deck
        self.name = name
        self.kind = kind
        self.category = category
        self.capacity = capacity
        self.seats = seats
    }

    public var places: Int { kind == .standing ? (capacity ?? 0) : seats.count }
}

/// One assigned seat.
public struct LayoutSeat: Sendable, Hashable {
    public var row: String
    public var seat: String
    public var x: Double
    public var y: Double
    public var category: String
    public var accessible: Bool
    public var source: SourceLocation?

    public init(
        row: String, seat: String, x: Double, y: Double, category: String, accessible: Bool = false,
        source: SourceLocation? = nil
    ) {
        self.row = row
        self.seat = seat
        self.x = x
        self.y = y
        self.category = category
        self.accessible = accessible
        self.source = source
    }
}
