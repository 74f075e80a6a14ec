/// One schedule row: a product on a vessel from a pier at some times on some dates.
public struct ScheduleRule: Sendable, Hashable {
    /// Which service days the row covers.
    public enum Dates: Sendable, Hashable {
        case single(LocalDate)
        case range(from: LocalDate, to: LocalDate, weekdays: WeekdaySet, except: Set<LocalDate>)

        /// The earliest and latest day it covers.
        public var bounds: ClosedRange<LocalDate> {
            switch self {
            case .single(let date): date...date
            case .range(let from, let to, _, _): from...to
            }
        }

        /// Every service day it produces, in order.
        public var days: [LocalDate] {
            switch self {
            case .single(let date):
                return [date]
            case .range(let from, let to, let weekdays, let except):
                var result: [LocalDate] = []
                var number = from.dayNumber
                let last = to.dayNumber
                while number <= last {
                    let date = LocalDate(dayNumber: number)
                    if weekdays.contains(date.weekday) && !except.contains(date) { result.append(date) }
                    number += 1
                }
                return result
            }
        }
    }

    public var productID: String
    public var vesselID: String
    public var pierID: String
    public var times: [ServiceTime]
    public var dates: Dates
    /// Overrides the product's duration.
    public var durationMinutes: Int?
    public var returnPierID: String?
    /// General admission only; at most the vessel's capacity.
    public var capacity: Int?
    public var salesCloseMinutes: Int
    public var status: SailingStatus
    public var prices: PriceList
    public var source: SourceLocation?

    public static let defaultSalesCloseMinutes = 30

    public init(
        productID: String, vesselID: String, pierID: String, times: [ServiceTime], dates: Dates,
        durationMinutes: Int? = nil, returnPierID: String? = nil, capacity: Int? = nil,
        salesCloseMinutes: Int = ScheduleRule.defaultSalesCloseMinutes, status: SailingStatus = .scheduled,
        prices: PriceList, source: SourceLocation? = nil
    ) {
        self.productID = productID
        self.vesselID = vesselID
        self.pierID = pierID
        self.times = times
        self.dates = dates
        self.durationMinutes = durationMinutes
        self.returnPierID = returnPierID
        self.capacity = capacity
        self.salesCloseMinutes = salesCloseMinutes
        self.status = status
        self.prices = prices
        self.source = source
    }
}
