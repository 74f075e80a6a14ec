import GangwayCore

/// What is free on a sailing right now (holds lapsed at `now` count as free).
public struct SailingAvailability: Sendable, Equatable {
    public struct Seat: Sendable, Equatable {
        public var section: String
        public var row: String
        public var seat: String
        public var category: String
        public var free: Bool

        public var id: String { "\(section)|\(row)|\(seat)" }
    }

    public struct Standing: Sendable, Equatable {
        public var section: String
        public var category: String
        public var remaining: Int
    }

    public var sailingID: String
    /// Nil when it can be bought now.
    public var closed: HoldFailure.Closed?
    public var seats: [Seat]
    public var standing: [Standing]
    public var prices: PriceList
    /// The first moment after `now` at which this answer changes by time alone (a live hold lapses,
    /// sales close, the sailing departs); nil when none will.
    public var changesAt: Int64?

    public var sellable: Bool { closed == nil }
}
