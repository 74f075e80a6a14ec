/// One departure a schedule produces, ready to store.
public struct SailingPlan: Sendable, Hashable {
    public var id: String
    public var productID: String
    public var vesselID: String
    public var pierID: String
    public var returnPierID: String?
    public var serviceDate: LocalDate
    public var localTime: ServiceTime
    /// UTC, seconds since 1970.
    public var departsAt: Int64
    public var durationMinutes: Int
    public var capacity: Int?
    public var salesCloseMinutes: Int
    public var status: SailingStatus
    public var prices: PriceList
    public var source: SourceLocation?

    public init(
        id: String, productID: String, vesselID: String, pierID: String, returnPierID: String?,
        serviceDate: LocalDate, localTime: ServiceTime, departsAt: Int64, durationMinutes: Int, capacity: Int?,
        salesCloseMinutes: Int, status: SailingStatus, prices: PriceList, source: SourceLocation?
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
        self.source = source
    }

    /// A sailing's id is what it is: product, service date and time, vessel
    /// (`neva-night-20270614-2430-moika-1`), so re-importing the same row is a no-op.
    public static func makeID(productID: String, date: LocalDate, time: ServiceTime, vesselID: String) -> String {
        "\(productID)-\(date.compact)-\(time.compact)-\(vesselID)"
    }

    public var endsAt: Int64 { departsAt + Int64(durationMinutes) * 60 }
}
