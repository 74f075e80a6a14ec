/// A boat, ship, hydrofoil or yacht.
public struct Vessel: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        case boat, ship, yacht, hydrofoil, catamaran, other
    }

    /// Terms on which the whole vessel is offered for charter.
    public struct CharterTerms: Sendable, Hashable {
        public var hourPrice: Money
        public var minimumHours: Int
        public var maximumGuests: Int

        public init(hourPrice: Money, minimumHours: Int, maximumGuests: Int) {
            self.hourPrice = hourPrice
            self.minimumHours = minimumHours
            self.maximumGuests = maximumGuests
        }
    }

    public var id: String
    public var name: LocalizedText
    public var kind: Kind
    /// Legal maximum of passengers.
    public var capacity: Int
    /// Nil: general admission from the implicit standing section `general`.
    public var layoutID: String?
    public var homePierID: String?
    public var charter: CharterTerms?
    public var source: SourceLocation?

    public init(
        id: String, name: LocalizedText, kind: Kind, capacity: Int, layoutID: String? = nil,
        homePierID: String? = nil, charter: CharterTerms? = nil, source: SourceLocation? = nil
    ) {
        self.id = id
        self.name = name
        self.kind = kind
        self.capacity = capacity
        self.layoutID = layoutID
        self.homePierID = homePierID
        self.charter = charter
        self.source = source
    }

    /// The section and category of a vessel without a layout.
    public static let generalSectionID = "general"
    public static let generalCategory = "general"
}
