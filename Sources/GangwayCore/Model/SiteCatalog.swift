/// Everything the storefront shows, read from the database in one consistent snapshot:
/// the catalog, and every sailing with its prices and what is already taken.
public struct SiteCatalog: Sendable {
    public var piers: [Pier]
    public var layouts: [SeatLayout]
    public var vessels: [Vessel]
    public var products: [Product]
    /// In departure order.
    public var sailings: [SiteSailing]
    /// When the snapshot was taken (UTC seconds): "availability as of".
    public var takenAt: Int64

    public init(
        piers: [Pier], layouts: [SeatLayout], vessels: [Vessel], products: [Product], sailings: [SiteSailing],
        takenAt: Int64
    ) {
        self.piers = piers
        self.layouts = layouts
        self.vessels = vessels
        self.products = products
        self.sailings = sailings
        self.takenAt = takenAt
    }
}

/// A sailing as the storefront shows it.
public struct SiteSailing: Sendable, Hashable {
    public var id: String
    public var productID: String
    public var vesselID: String
    public var pierID: String
    public var returnPierID: String?
    public var serviceDate: LocalDate
    public var localTime: ServiceTime
    /// UTC seconds.
    public var departsAt: Int64
    public var durationMinutes: Int
    /// Places on sale: the layout's places, else the sailing's general-admission capacity, else the vessel's.
    public var capacity: Int
    public var salesCloseMinutes: Int
    public var status: SailingStatus
    public var prices: PriceList
    /// Places sold (valid tickets) and held (unexpired holds).
    public var sold: Int
    public var held: Int
    /// Assigned seats taken, as `section|row|seat`.
    public var takenSeats: Set<String>

    public init(
        id: String, productID: String, vesselID: String, pierID: String, returnPierID: String?,
        serviceDate: LocalDate, localTime: ServiceTime, departsAt: Int64, durationMinutes: Int, capacity: Int,
        salesCloseMinutes: Int, status: SailingStatus, prices: PriceList, sold: Int, held: Int,
        takenSeats: Set<String>
    ) {
        self.id = id
        self.productID = productID
        self.vesselID = vesselID
        self.pierID = pierID
        self.returnPierID = returnPierID
        self.serviceDate = serviceDate
        self.localTime = localTime
        self.departsAt = departsAt
        self.durationMinutes = durationMinutes
        self.capacity = capacity
        self.salesCloseMinutes = salesCloseMinutes
        self.status = status
        self.prices = prices
        self.sold = sold
        self.held = held
        self.takenSeats = takenSeats
    }

    /// Places still free as of the snapshot.
    public var remaining: Int { max(0, capacity - sold - held) }

    /// Whether it can be bought at `now`: scheduled, before sales close, places left.
    public func isSellable(at now: Int64) -> Bool {
        HoldFailure.Closed.reason(
            status: status, departsAt: departsAt, salesCloseMinutes: salesCloseMinutes, now: now) == nil
            && remaining > 0
    }
}
