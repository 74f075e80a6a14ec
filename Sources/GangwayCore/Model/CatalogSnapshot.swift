/// What the database already holds that a file may refer to: read by the store inside the
/// import's write transaction and handed to the validator, so references resolve
/// "within the file or against the database".
public struct CatalogSnapshot: Sendable {
    public struct VesselFacts: Sendable, Hashable {
        public var capacity: Int
        public var layoutID: String?

        public init(capacity: Int, layoutID: String?) {
            self.capacity = capacity
            self.layoutID = layoutID
        }
    }

    public struct LayoutFacts: Sendable, Hashable {
        public var places: Int
        /// Categories of its seats and standing sections.
        public var categories: Set<String>
        /// Whether any section has assigned seats.
        public var hasSeats: Bool

        public init(places: Int, categories: Set<String>, hasSeats: Bool) {
            self.places = places
            self.categories = categories
            self.hasSeats = hasSeats
        }
    }

    /// Pier id → IANA time zone.
    public var piers: [String: String]
    public var vessels: [String: VesselFacts]
    public var layouts: [String: LayoutFacts]
    /// Product id → duration in minutes.
    public var products: [String: Int]

    public init(
        piers: [String: String] = [:], vessels: [String: VesselFacts] = [:], layouts: [String: LayoutFacts] = [:],
        products: [String: Int] = [:]
    ) {
        self.piers = piers
        self.vessels = vessels
        self.layouts = layouts
        self.products = products
    }

    public static let empty = CatalogSnapshot()
}
