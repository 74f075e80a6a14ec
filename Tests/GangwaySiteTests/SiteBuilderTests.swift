import Foundation
import GangwayCore
import Testing

@testable import GangwaySite

/// Builds small storefronts with the repository's real templates and catalogues.
struct SiteBuilderTests {
    static let templates = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("templates", isDirectory: true)
    /// 2027-06-01T09:00:00Z.
    static let now: Int64 = 1_811_840_400

    static func catalog(
        title: String = "Ночная Нева", price: Int64 = 150_000, cancelled: Bool = false,
        sailings: [String] = ["19:00", "21:00"]
    ) -> SiteCatalog {
        let day = LocalDate(year: 2027, month: 6, day: 14) ?? LocalDate(dayNumber: 0)
        var converter = LocalTimeConverter(timeZoneIdentifier: "Europe/Moscow")
        let layout = SeatLayout(
            id: "small",
            sections: [
                LayoutSection(
                    id: "salon", deck: "main", name: LocalizedText(ru: "Салон", en: "Cabin"), kind: .seated,
                    seats: [
                        LayoutSeat(row: "1", seat: "1", x: 10, y: 10, category: "vip"),
                        LayoutSeat(row: "1", seat: "2", x: 30, y: 10, category: "vip"),
                    ]),
                LayoutSection(
                    id: "deck", deck: "upper", name: LocalizedText(ru: "Палуба"), kind: .standing, category: "deck",
                    capacity: 20),
            ])
        let prices = PriceList(entries: [
            .init(tier: "adult", category: nil, amount: Money(kopecks: price)),
            .init(tier: "child", category: "deck", amount: Money(kopecks: 90_000)),
        ])
        let list = sailings.compactMap { time -> SiteSailing? in
            guard let clock = ServiceTime(parsing: time), let instant = converter?.instant(of: day, at: clock) else {
                return nil
            }
            return SiteSailing(
                id: "neva-20270614-\(clock.compact)-moika", productID: "neva", vesselID: "moika", pierID: "palace",
                returnPierID: nil, serviceDate: day, localTime: clock, departsAt: instant, durationMinutes: 90,
                capacity: 22, salesCloseMinutes: 30, status: cancelled ? .cancelled : .scheduled, prices: prices,
                sold: 1, held: 0, takenSeats: ["salon|1|2"])
        }
        return SiteCatalog(
            piers: [
                Pier(
                    id: "palace", name: LocalizedText(ru: "Дворцовая пристань", en: "Palace Pier"),
                    address: LocalizedText(ru: "Дворцовая наб., 32"), latitude: 59.94, longitude: 30.31)
            ],
            layouts: [layout],
            vessels: [
                Vessel(id: "moika", name: LocalizedText(ru: "Мойка"), kind: .boat, capacity: 22, layoutID: "small")
            ],
            products: [
                Product(
                    id: "neva", kind: .excursion, title: LocalizedText(ru: title, zh: "涅瓦河夜游"),
                    summary: LocalizedText(ru: "Прогулка"), durationMinutes: 90)
            ],
            sailings: list, takenAt: now)
    }

    private func build(_ catalog: SiteCatalog, into folder: URL, full: Bool = false) throws -> SiteBuildSummary {
        let options = SiteOptions(
            baseURL: "https://tickets.example.ru", checkoutURL: "https://api.example.ru", languages: [.ru, .en, .zh],
            timeZone: "Europe/Moscow", templates: Self.templates, output: folder, full: full, now: Self.now)
        return try SiteBuilder(catalog: catalog, options: options).build().summary
    }

    private func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("site-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    private func read(_ folder: URL, _ path: String) throws -> String {
        try String(contentsOf: folder.appendingPathComponent(path), encoding: .utf8)
    }

    @Test func everyLanguageGetsItsPagesWithTheRightLangAndAlternates() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = try build(Self.catalog(), into: folder)
        for (language, lang) in [("ru", "ru"), ("en", "en"), ("zh", "zh-Hans")] {
            let page = try read(folder, "\(language)/sailings/neva-20270614-1900-moika/index.html")
            #expect(page.contains("<html lang=\"\(lang)\">"))
            #expect(page.contains("hreflang=\"x-default\""))
            #expect(page.contains("<link rel=\"canonical\" href=\"https://tickets.example.ru/\(language)/sailings/"))
            #expect(page.contains("2027-06-14T19:00:00+03:00"))
            #expect(page.contains("role=\"checkbox\""))
        }
        #expect(try read(folder, "ru/sailings/neva-20270614-1900-moika/index.html").contains("1\u{00A0}500\u{00A0}₽"))
        #expect(try read(folder, "zh/products/neva/index.html").contains("涅瓦河夜游"))
        #expect(try read(folder, "index.html").contains("hreflang=\"x-default\""))
        let sitemap = try read(folder, "sitemap.xml")
        #expect(sitemap.contains("<xhtml:link rel=\"alternate\" hreflang=\"zh-Hans\""))
        #expect(try read(folder, "robots.txt").contains("Sitemap: https://tickets.example.ru/sitemap.xml"))
    }

    @Test func operatorTextIsEscapedEverywhere() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = try build(Self.catalog(title: "<script>alert(1)</script>"), into: folder)
        for path in ["ru/sailings/neva-20270614-1900-moika/index.html", "ru/products/neva/index.html", "ru/index.html"]
        {
            let page = try read(folder, path)
            #expect(!page.contains("<script>alert(1)"), "\(path)")
        }
        let sailing = try read(folder, "ru/sailings/neva-20270614-1900-moika/index.html")
        #expect(sailing.contains("\\u003cscript\\u003ealert(1)\\u003c/script\\u003e"))
    }

    @Test func cancelledSailingsStayVisibleAndAreNotBuyable() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = try build(Self.catalog(cancelled: true), into: folder)
        let page = try read(folder, "en/sailings/neva-20270614-1900-moika/index.html")
        #expect(page.contains("https://schema.org/EventCancelled"))
        #expect(!page.contains("<form class=\"buy\""))
    }

    @Test func aRebuildChangesOnlyWhatChanged() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let first = try build(Self.catalog(), into: folder)
        #expect(first.written > 0)
        let second = try build(Self.catalog(), into: folder)
        #expect(second.written == 0)
        #expect(second.removed == 0)
        let changed = try build(Self.catalog(price: 160_000), into: folder)
        #expect(changed.writtenPaths.contains("ru/sailings/neva-20270614-1900-moika/index.html"))
        #expect(!changed.writtenPaths.contains("ru/policies/refunds/index.html"))
        let removed = try build(Self.catalog(price: 160_000, sailings: ["19:00"]), into: folder)
        #expect(removed.removedPaths.contains("en/sailings/neva-20270614-2100-moika/index.html"))
        #expect(
            !FileManager.default.fileExists(
                atPath: folder.appendingPathComponent("en/sailings/neva-20270614-2100-moika").path))
    }
}
