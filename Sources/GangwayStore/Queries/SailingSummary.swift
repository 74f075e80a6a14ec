/// A sailing as `gangway sailings list` shows it.
public struct SailingSummary: Sendable, Hashable {
    public var id: String
    public var productID: String
    public var productTitle: String
    public var vesselID: String
    public var pierID: String
    public var returnPierID: String?
    public var pierTimeZone: String
    public var departsAt: Int64
    public var serviceDate: String
    public var localTime: String
    public var durationMinutes: Int
    public var salesCloseMinutes: Int
    public var priceListID: String
    public var status: String
    /// `assigned`, `general` or `mixed`.
    public var seating: String
    public var capacity: Int
    public var sold: Int
    public var held: Int
}
