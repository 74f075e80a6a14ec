/// Everything one inbox file (or one XML document) brings, validated and typed.
public struct CatalogBatch: Sendable {
    public var piers: [Pier] = []
    public var layouts: [SeatLayout] = []
    public var vessels: [Vessel] = []
    public var products: [Product] = []
    public var schedules: [ScheduleRule] = []
    /// The departures the schedules expand to.
    public var sailings: [SailingPlan] = []
    /// Per product named by a schedule: the service days the file is the truth for.
    public var scheduleWindows: [String: ClosedRange<LocalDate>] = [:]
    public var promos: [Promo] = []

    public init() {}

    public var kinds: [RecordKind] {
        var result: [RecordKind] = []
        if !piers.isEmpty { result.append(.pier) }
        if !layouts.isEmpty { result.append(.layout) }
        if !vessels.isEmpty { result.append(.vessel) }
        if !products.isEmpty { result.append(.product) }
        if !schedules.isEmpty { result.append(.schedule) }
        if !promos.isEmpty { result.append(.promo) }
        return result
    }
}
