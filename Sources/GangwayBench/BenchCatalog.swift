import GangwayCore

/// The catalog the benchmark imports, built deterministically from its size alone, so that the
/// CSV files the `import` phase reads and the values the `floor` phase inserts are the same.
///
/// One vessel per layout, each sailing its own timetable (five departures a day, two hours apart,
/// 90 minutes long), so no two sailings of a vessel overlap; the requested number of sailings is
/// spread over the vessels as evenly as it goes, each vessel's share written as one date-range row
/// plus, for a remainder, one single-date row with fewer times.
struct BenchCatalog {
    static let times = [9, 11, 13, 15, 17].compactMap { ServiceTime(minutes: $0 * 60) }
    static let durationMinutes = 90
    static let timeZone = "Europe/Moscow"
    static let seatsPerRow = 20
    static let maximumDaysPerVessel = 1_000

    var piers: [Pier] = []
    var layouts: [SeatLayout] = []
    var vessels: [Vessel] = []
    var products: [Product] = []
    /// The schedule rows at the base prices.
    var rules: [ScheduleRule] = []
    let sailingCount: Int

    init(sailings: Int, layouts layoutCount: Int, seats: Int) throws {
        guard let firstDay = LocalDate(year: 2031, month: 4, day: 1) else {
            throw BenchError.setup("the first service day is not a date")
        }
        sailingCount = sailings
        let pierCount = min(10, layoutCount)
        let productCount = min(20, layoutCount)
        piers = (0..<pierCount).map { index in
            Pier(
                id: Self.id("pier", index), name: LocalizedText(ru: "Причал \(index + 1)", en: "Pier \(index + 1)"),
                address: LocalizedText(ru: "Набережная, \(index + 1)"), latitude: Double(59_900 + index) / 1_000,
                longitude: Double(30_300 + index) / 1_000, timeZone: Self.timeZone)
        }
        products = (0..<productCount).map { index in
            Product(
                id: Self.id("product", index), kind: .excursion,
                title: LocalizedText(ru: "Прогулка \(index + 1)", en: "Cruise \(index + 1)"),
                summary: LocalizedText(ru: "Полтора часа по рекам и каналам."), durationMinutes: Self.durationMinutes,
                ageMinimum: 0, tags: ["bench"])
        }
        self.layouts = (0..<layoutCount).map { Self.layout(index: $0, seats: seats) }
        vessels = (0..<layoutCount).map { index in
            Vessel(
                id: Self.id("vessel", index), name: LocalizedText(ru: "Теплоход \(index + 1)", en: "Ship \(index + 1)"),
                kind: .ship, capacity: seats, layoutID: Self.id("layout", index),
                homePierID: Self.id("pier", index % pierCount))
        }
        let perDay = Self.times.count
        for index in 0..<layoutCount {
            let share = sailings / layoutCount + (index < sailings % layoutCount ? 1 : 0)
            let (days, remainder) = share.quotientAndRemainder(dividingBy: perDay)
            guard days + (remainder > 0 ? 1 : 0) <= Self.maximumDaysPerVessel else {
                throw BenchError.usage(
                    "\(share) sailings for one vessel need more than \(Self.maximumDaysPerVessel) days: add layouts")
            }
            let product = index % productCount
            let rule = { (dates: ScheduleRule.Dates, times: [ServiceTime]) in
                ScheduleRule(
                    productID: Self.id("product", product), vesselID: Self.id("vessel", index),
                    pierID: Self.id("pier", index % pierCount), times: times, dates: dates,
                    prices: Self.prices(product: product, rise: 0))
            }
            if days > 0 {
                rules.append(
                    rule(
                        .range(
                            from: firstDay, to: firstDay.adding(days: days - 1), weekdays: .everyDay, except: []),
                        Self.times))
            }
            if remainder > 0 {
                rules.append(rule(.single(firstDay.adding(days: days)), Array(Self.times.prefix(remainder))))
            }
        }
    }

    /// The schedule rows with every adult price raised by `rise` (so every sailing changes).
    func rules(priceRise rise: Int64) -> [ScheduleRule] {
        rules.map { rule in
            var changed = rule
            let product = products.firstIndex { $0.id == rule.productID } ?? 0
            changed.prices = Self.prices(product: product, rise: rise)
            return changed
        }
    }

    /// Everything the catalog is, with the schedule expanded to sailings, as an import of it would have it.
    func batch() throws -> CatalogBatch {
        var batch = CatalogBatch()
        batch.piers = piers
        batch.layouts = layouts
        batch.vessels = vessels
        batch.products = products
        batch.schedules = rules
        var expander = ScheduleExpander()
        batch.sailings.reserveCapacity(sailingCount)
        for rule in rules {
            guard let plans = expander.expand(rule, timeZone: Self.timeZone, durationMinutes: Self.durationMinutes)
            else { throw BenchError.setup("time zone \(Self.timeZone) is unknown to this machine") }
            batch.sailings.append(contentsOf: plans)
        }
        guard batch.sailings.count == sailingCount else {
            throw BenchError.setup("the schedule expands to \(batch.sailings.count) sailings, not \(sailingCount)")
        }
        return batch
    }

    /// Rows an import into an empty database writes for this catalog: piers, layouts, sections,
    /// seats, vessels, products, price lists and their items, sailings.
    var rowCount: Int {
        let sections = layouts.reduce(0) { $0 + $1.sections.count }
        let seats = layouts.reduce(0) { $0 + $1.sections.reduce(0) { $0 + $1.seats.count } }
        var lists: [String: Int] = [:]
        for rule in rules { lists[rule.prices.key] = rule.prices.entries.count }
        let priceRows = lists.count + lists.values.reduce(0, +)
        return piers.count + layouts.count + sections + seats + vessels.count + products.count + priceRows
            + sailingCount
    }

    var seatCount: Int { layouts.reduce(0) { $0 + $1.places } }

    /// `vessel-0007`: ids sort in creation order.
    static func id(_ prefix: String, _ index: Int) -> String {
        let digits = String(index + 1)
        return prefix + "-" + String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }

    /// Five prices: adult, child and concession for every category, adult and child overridden
    /// for `vip`. Whole roubles and kopecks mixed, as operators write them.
    static func prices(product: Int, rise: Int64) -> PriceList {
        let adult = 1_500_00 + Int64(product) * 100_00 + 50 + rise
        let child = adult - 500_00
        return PriceList(entries: [
            .init(tier: "adult", category: nil, amount: Money(kopecks: adult)),
            .init(tier: "child", category: nil, amount: Money(kopecks: child)),
            .init(tier: "concession", category: nil, amount: Money(kopecks: adult - 300_00)),
            .init(tier: "adult", category: "vip", amount: Money(kopecks: adult + 1_000_00)),
            .init(tier: "child", category: "vip", amount: Money(kopecks: child + 800_00)),
        ])
    }

    /// `seats` seats in rows of 20: the first fifth of the rows (at least one) a `vip` section,
    /// the rest a `standard` one; the first seat of every row accessible.
    static func layout(index: Int, seats: Int) -> SeatLayout {
        let rows = (seats + seatsPerRow - 1) / seatsPerRow
        let vipRows = max(1, rows / 5)
        var vip = LayoutSection(
            id: "vip", deck: "upper", name: LocalizedText(ru: "VIP-салон", en: "VIP lounge"), kind: .seated)
        var main = LayoutSection(
            id: "main", deck: "main", name: LocalizedText(ru: "Главный салон", en: "Main cabin"), kind: .seated)
        for number in 0..<seats {
            let row = number / seatsPerRow + 1
            let seat = number % seatsPerRow + 1
            let isVIP = row <= vipRows
            let place = LayoutSeat(
                row: String(row), seat: String(seat), x: Double(seat * 12), y: Double(row * 15),
                category: isVIP ? "vip" : "standard", accessible: seat == 1)
            if isVIP { vip.seats.append(place) } else { main.seats.append(place) }
        }
        return SeatLayout(id: id("layout", index), sections: main.seats.isEmpty ? [vip] : [vip, main])
    }
}
