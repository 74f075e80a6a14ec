import GangwayCore

@testable import GangwayStore

/// Small catalogs for store tests: one pier, a 2×2-seat layout (`std` and `vip`), a vessel on
/// it, a GA boat, and a product.
enum CatalogFactory {
    static let june14 = LocalDate(year: 2027, month: 6, day: 14) ?? LocalDate(dayNumber: 0)
    /// 2027-06-01T00:00:00Z: every June sailing is in the future.
    static let beforeSeason: Int64 = 1_811_808_000

    static func layout(
        seats: [(String, String, String)] = [
            ("1", "1", "std"), ("1", "2", "std"), ("2", "1", "vip"), ("2", "2", "vip"),
        ]
    )
        -> SeatLayout
    {
        SeatLayout(
            id: "small",
            sections: [
                LayoutSection(
                    id: "salon", deck: "main", name: LocalizedText(ru: "Салон"), kind: .seated,
                    seats: seats.map { LayoutSeat(row: $0.0, seat: $0.1, x: 0, y: 0, category: $0.2) })
            ])
    }

    static func base() -> CatalogBatch {
        var batch = CatalogBatch()
        batch.piers = [Pier(id: "dvortsovaya", name: LocalizedText(ru: "Дворцовая"), timeZone: "Europe/Moscow")]
        batch.layouts = [layout()]
        batch.vessels = [
            Vessel(id: "meteor", name: LocalizedText(ru: "Метеор"), kind: .hydrofoil, capacity: 10, layoutID: "small"),
            Vessel(id: "moika", name: LocalizedText(ru: "Мойка"), kind: .boat, capacity: 40),
        ]
        batch.products = [
            Product(id: "tour", kind: .excursion, title: LocalizedText(ru: "Прогулка"), durationMinutes: 60)
        ]
        return batch
    }

    /// A schedule batch for `tour` on `vessel` at the given times of June 14th (window = that day).
    static func schedule(
        vessel: String = "meteor", times: [String], status: SailingStatus = .scheduled, capacity: Int? = nil
    )
        -> CatalogBatch
    {
        var batch = CatalogBatch()
        let rule = ScheduleRule(
            productID: "tour", vesselID: vessel, pierID: "dvortsovaya",
            times: times.compactMap { ServiceTime(parsing: $0) },
            dates: .single(june14), capacity: capacity, status: status,
            prices: PriceList(entries: [.init(tier: "adult", category: nil, amount: Money(kopecks: 150_000))]))
        var expander = ScheduleExpander()
        batch.schedules = [rule]
        batch.sailings = expander.expand(rule, timeZone: "Europe/Moscow", durationMinutes: 60) ?? []
        batch.scheduleWindows = ["tour": june14...june14]
        return batch
    }

    static func sailingID(_ time: String, vessel: String = "meteor") -> String {
        "tour-20270614-\(time.replacingOccurrences(of: ":", with: ""))-\(vessel)"
    }
}

extension AppDatabase {
    /// Applies a batch as an import would (no validation), returning the outcome.
    func apply(_ batch: CatalogBatch, hash: String, now: Int64 = CatalogFactory.beforeSeason) throws -> ImportOutcome {
        try importSession { session in
            try session.apply(ImportFileInfo(fileName: "\(hash).csv", contentHash: hash, format: "csv"), now: now) {
                _ in
                (batch, [])
            }
        }
    }
}

extension ImportOutcome {
    var counts: [RecordKind: ChangeCounts]? {
        if case .applied(let counts, _) = self { return counts }
        return nil
    }

    var problems: [ImportProblem] {
        switch self {
        case .rejected(let problems): problems
        case .applied(_, let warnings): warnings
        case .duplicate: []
        }
    }

    var isRejected: Bool {
        if case .rejected = self { return true }
        return false
    }
}
