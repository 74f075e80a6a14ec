/// What a customer asks to hold on one sailing: assigned seats with a tier each, and places per
/// tier in standing areas, for an order in their language.
public struct HoldRequest: Sendable, Hashable {
    public struct Seat: Sendable, Hashable {
        public var section: String
        public var row: String
        public var seat: String
        public var tier: String

        public init(section: String, row: String, seat: String, tier: String) {
            self.section = section
            self.row = row
            self.seat = seat
            self.tier = tier
        }

        /// `section|row|seat`, the seat's id in the API and on the seat map.
        public var id: String { Self.id(section: section, row: row, seat: seat) }

        /// The id of the seat `seat` in row `row` of section `section`: what the API, the seat map
        /// and the checkout's availability all name a seat by.
        public static func id(section: String, row: String, seat: String) -> String { "\(section)|\(row)|\(seat)" }
    }

    public struct Standing: Sendable, Hashable {
        public var section: String
        public var tier: String
        public var quantity: Int

        public init(section: String, tier: String, quantity: Int) {
            self.section = section
            self.tier = tier
            self.quantity = quantity
        }
    }

    public var sailingID: String
    public var seats: [Seat]
    public var standing: [Standing]
    public var contact: ContactDetails
    public var language: Language
    public var promoCode: String?
    /// Where the customer came from (`utm_source` and friends, as the page sends it).
    public var utm: String?

    public init(
        sailingID: String, seats: [Seat], standing: [Standing], contact: ContactDetails, language: Language,
        promoCode: String? = nil, utm: String? = nil
    ) {
        self.sailingID = sailingID
        self.seats = seats
        self.standing = standing
        self.contact = contact
        self.language = language
        self.promoCode = promoCode
        self.utm = utm
    }

    /// Places asked for.
    public var places: Int { seats.count + standing.reduce(0) { $0 + max(0, $1.quantity) } }
}
