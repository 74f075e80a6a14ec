import Foundation
import GangwayCore
import GangwayStore

/// A small shop for checkout tests, applied through the import session as `gangway import` would:
/// one pier; the hydrofoil `meteor` with a 2×3 seat layout (`std` row 1, `vip` row 2) and a
/// standing deck of 4; the GA boat `moika` (capacity 6); the yacht `aurora` for charter; sailings
/// on 2027-06-14 (open at 10:30 on meteor and 10:00 on moika, cancelled at 12:00, and 09:20, whose sales close
/// at 09:00); promo codes.
enum CheckoutFixture {
    static let june14 = LocalDate(year: 2027, month: 6, day: 14) ?? LocalDate(dayNumber: 0)
    /// 2027-06-14T05:55:00Z = 08:55 in St Petersburg: everything but 09:20's sales is open.
    static let now: Int64 = 1_812_952_500

    static func sailing(_ time: String, vessel: String = "meteor") -> String {
        "tour-20270614-\(time.replacingOccurrences(of: ":", with: ""))-\(vessel)"
    }

    static func database(file: URL? = nil) throws -> AppDatabase {
        let database = try file.map { try AppDatabase.open(at: $0) } ?? AppDatabase.inMemory()
        try apply(catalog(), to: database, name: "catalog")
        return database
    }

    static func apply(_ batch: CatalogBatch, to database: AppDatabase, name: String) throws {
        let outcome = try database.importSession { session in
            try session.apply(
                ImportFileInfo(fileName: "\(name).csv", contentHash: name + UUID().uuidString, format: "csv"),
                now: now - 86_400 * 30
            ) { _ in (batch, []) }
        }
        if case .rejected(let problems) = outcome { throw FixtureError.rejected("\(problems)") }
    }

    enum FixtureError: Error { case rejected(String) }

    static func catalog() -> CatalogBatch {
        var batch = CatalogBatch()
        batch.piers = [Pier(id: "dvortsovaya", name: LocalizedText(ru: "Дворцовая"), timeZone: "Europe/Moscow")]
        let seats = [
            ("1", "1", "std"), ("1", "2", "std"), ("1", "3", "std"), ("2", "1", "vip"), ("2", "2", "vip"),
            ("2", "3", "vip"),
        ]
        batch.layouts = [
            SeatLayout(
                id: "meteor-layout",
                sections: [
                    LayoutSection(
                        id: "salon", deck: "main", name: LocalizedText(ru: "Салон"), kind: .seated,
                        seats: seats.map {
                            LayoutSeat(
                                row: $0.0, seat: $0.1, x: Double($0.1)! * 20, y: Double($0.0)! * 20, category: $0.2)
                        }),
                    LayoutSection(
                        id: "deck", deck: "upper", name: LocalizedText(ru: "Палуба"), kind: .standing, category: "deck",
                        capacity: 4),
                ])
        ]
        batch.vessels = [
            Vessel(
                id: "meteor", name: LocalizedText(ru: "Метеор"), kind: .hydrofoil, capacity: 10,
                layoutID: "meteor-layout"),
            Vessel(id: "moika", name: LocalizedText(ru: "Мойка"), kind: .boat, capacity: 6),
            Vessel(
                id: "aurora", name: LocalizedText(ru: "Аврора"), kind: .yacht, capacity: 12,
                charter: Vessel.CharterTerms(hourPrice: Money(kopecks: 1_500_000), minimumHours: 2, maximumGuests: 10)),
        ]
        batch.products = [
            Product(id: "tour", kind: .excursion, title: LocalizedText(ru: "Прогулка"), durationMinutes: 60)
        ]
        let prices = PriceList(entries: [
            .init(tier: "adult", category: nil, amount: Money(kopecks: 150_000)),
            .init(tier: "child", category: nil, amount: Money(kopecks: 90_000)),
            .init(tier: "adult", category: "vip", amount: Money(kopecks: 250_000)),
        ])
        let rule = { (vessel: String, times: [String], status: SailingStatus) in
            ScheduleRule(
                productID: "tour", vesselID: vessel, pierID: "dvortsovaya",
                times: times.compactMap { ServiceTime(parsing: $0) }, dates: .single(june14), status: status,
                prices: prices)
        }
        let rules = [
            rule("meteor", ["09:20", "10:30", "14:00"], .scheduled), rule("meteor", ["12:00"], .cancelled),
            rule("moika", ["10:00"], .scheduled),
        ]
        var expander = ScheduleExpander()
        batch.schedules = rules
        batch.sailings = rules.flatMap { expander.expand($0, timeZone: "Europe/Moscow", durationMinutes: 60) ?? [] }
        batch.scheduleWindows = ["tour": june14...june14]
        batch.promos = [
            Promo(code: "SPRING10", discount: .percent(basisPoints: 1_000)),
            Promo(code: "ONCE", discount: .amount(Money(kopecks: 50_000)), maximumUses: 1),
            Promo(
                code: "LATE", discount: .percent(basisPoints: 500), validTo: LocalDate(year: 2027, month: 5, day: 31)),
            Promo(code: "BIG", discount: .percent(basisPoints: 500), minimumOrder: Money(kopecks: 1_000_000)),
            Promo(code: "KIDS", discount: .percent(basisPoints: 5_000), tiers: ["child"], maximumPerOrder: 1),
        ]
        return batch
    }
}
