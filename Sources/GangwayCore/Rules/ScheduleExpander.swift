/// Expands schedule rows into sailings: one per service day and time.
public struct ScheduleExpander: Sendable {
    private var converters: [String: LocalTimeConverter] = [:]

    public init() {}

    /// The departures of `rule`, given its pier's time zone and its duration.
    /// Nil when the time zone is unknown (the validator reports that first).
    public mutating func expand(_ rule: ScheduleRule, timeZone: String, durationMinutes: Int) -> [SailingPlan]? {
        guard var converter = converters[timeZone] ?? LocalTimeConverter(timeZoneIdentifier: timeZone) else {
            return nil
        }
        let days = rule.dates.days
        var plans: [SailingPlan] = []
        plans.reserveCapacity(days.count * rule.times.count)
        for day in days {
            for time in rule.times {
                plans.append(
                    SailingPlan(
                        id: SailingPlan.makeID(
                            productID: rule.productID, date: day, time: time, vesselID: rule.vesselID),
                        productID: rule.productID, vesselID: rule.vesselID, pierID: rule.pierID,
                        returnPierID: rule.returnPierID, serviceDate: day, localTime: time,
                        departsAt: converter.instant(of: day, at: time), durationMinutes: durationMinutes,
                        capacity: rule.capacity, salesCloseMinutes: rule.salesCloseMinutes, status: rule.status,
                        prices: rule.prices, source: rule.source))
            }
        }
        converters[timeZone] = converter
        return plans
    }
}
