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
        sailings: [String] = ["19:00", "21:00"], firstSailingPrice: Int64? = nil, firstSailingCancelled: Bool = false
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
        let list = sailings.enumerated().compactMap { index, time -> SiteSailing? in
            guard let clock = ServiceTime(parsing: time), let instant = converter?.instant(of: day, at: clock) else {
                return nil
            }
            let first = index == 0
            let prices =
                first && firstSailingPrice != nil
                ? PriceList(entries: [
                    .init(tier: "adult", category: nil, amount: Money(kopecks: firstSailingPrice ?? 0)),
                    .init(tier: "child", category: "deck", amount: Money(kopecks: 90_000)),
                ]) : prices
            let cancelled = cancelled || (first && firstSailingCancelled)
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
                Vessel(id: "moika", name: LocalizedText(ru: "Мойка"), kind: .boat, capacity: 22, layoutID: "small"),
                Vessel(
                    id: "aurora", name: LocalizedText(ru: "Аврора", en: "Aurora", zh: "极光号"), kind: .yacht,
                    capacity: 12, homePierID: "palace",
                    charter: Vessel.CharterTerms(
                        hourPrice: Money(kopecks: 1_500_000), minimumHours: 2, maximumGuests: 10)),
            ],
            products: [
                Product(
                    id: "neva", kind: .excursion, title: LocalizedText(ru: title, zh: "涅瓦河夜游"),
                    summary: LocalizedText(ru: "Прогулка"), durationMinutes: 90)
            ],
            sailings: list, takenAt: now)
    }

    static func build(_ catalog: SiteCatalog, into folder: URL, full: Bool = false) throws -> SiteBuildSummary {
        let options = SiteOptions(
            baseURL: "https://tickets.example.ru", checkoutURL: "https://api.example.ru", languages: [.ru, .en, .zh],
            timeZone: "Europe/Moscow", templates: Self.templates, output: folder, full: full, now: Self.now)
        return try SiteBuilder(catalog: catalog, options: options).build().summary
    }

    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("site-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    private func read(_ folder: URL, _ path: String) throws -> String {
        try String(contentsOf: folder.appendingPathComponent(path), encoding: .utf8)
    }

    @Test func everyLanguageGetsItsPagesWithTheRightLangAndAlternates() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = try Self.build(Self.catalog(), into: folder)
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
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = try Self.build(Self.catalog(title: "<script>alert(1)</script>"), into: folder)
        for path in ["ru/sailings/neva-20270614-1900-moika/index.html", "ru/products/neva/index.html", "ru/index.html"]
        {
            let page = try read(folder, path)
            #expect(!page.contains("<script>alert(1)"), "\(path)")
        }
        let sailing = try read(folder, "ru/sailings/neva-20270614-1900-moika/index.html")
        #expect(sailing.contains("\\u003cscript\\u003ealert(1)\\u003c/script\\u003e"))
    }

    @Test func cancelledSailingsStayVisibleAndAreNotBuyable() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = try Self.build(Self.catalog(cancelled: true), into: folder)
        let page = try read(folder, "en/sailings/neva-20270614-1900-moika/index.html")
        #expect(page.contains("https://schema.org/EventCancelled"))
        #expect(!page.contains("<form class=\"buy\""))
    }

    /// The pages that show the first sailing (19:00) besides its own: its day, product, pier
    /// and vessel pages and the home page, in every language.
    static func pagesShowing(_ sailing: String, ownPage: Bool = true) -> Set<String> {
        var paths: Set<String> = []
        for language in ["ru", "en", "zh"] {
            if ownPage { paths.insert("\(language)/sailings/\(sailing)/index.html") }
            for page in ["days/2027-06-14", "products/neva", "piers/palace", "vessels/moika", ""] {
                paths.insert("\(language)/\(page.isEmpty ? "" : page + "/")index.html")
            }
        }
        return paths
    }

    @Test func aPriceChangeRewritesTheSailingAndTheListsThatShowIt() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = try Self.build(Self.catalog(), into: folder)
        let changed = try Self.build(Self.catalog(firstSailingPrice: 80_000), into: folder)
        #expect(Set(changed.writtenPaths) == Self.pagesShowing("neva-20270614-1900-moika"))
        #expect(changed.removed == 0)
        // The other sailing's page was not even rendered.
        #expect(!changed.writtenPaths.contains("ru/sailings/neva-20270614-2100-moika/index.html"))
        #expect(changed.rendered < 40)
        #expect(try read(folder, "ru/products/neva/index.html").contains("800\u{00A0}₽"))
    }

    @Test func aPriceChangeNoCardShowsRewritesOnlyTheSailingPages() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = try Self.build(Self.catalog(), into: folder)
        // Cards show the lowest price (the child's 900 ₽), which stays: lists render to the same bytes.
        let changed = try Self.build(Self.catalog(firstSailingPrice: 160_000), into: folder)
        #expect(
            Set(changed.writtenPaths)
                == Set(["ru", "en", "zh"].map { "\($0)/sailings/neva-20270614-1900-moika/index.html" }))
    }

    @Test func aCancellationRewritesTheSailingAndTheListsThatShowIt() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = try Self.build(Self.catalog(), into: folder)
        let changed = try Self.build(Self.catalog(firstSailingCancelled: true), into: folder)
        #expect(Set(changed.writtenPaths) == Self.pagesShowing("neva-20270614-1900-moika"))
        let page = try read(folder, "ru/sailings/neva-20270614-1900-moika/index.html")
        #expect(page.contains("EventCancelled"))
    }

    @Test func aProductTextChangeRewritesEveryPageThatNamesIt() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = try Self.build(Self.catalog(), into: folder)
        let changed = try Self.build(Self.catalog(title: "Белые ночи"), into: folder)
        // Chinese has its own title, so only the Russian and English pages change.
        let expected = Self.pagesShowing("neva-20270614-1900-moika")
            .union(Self.pagesShowing("neva-20270614-2100-moika")).filter { !$0.hasPrefix("zh/") }
        #expect(Set(changed.writtenPaths) == expected)
    }

    @Test func aRemovedSailingDeletesItsPagesAndRewritesTheListsAndSitemap() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = try Self.build(Self.catalog(), into: folder)
        let changed = try Self.build(Self.catalog(sailings: ["19:00"]), into: folder)
        #expect(
            Set(changed.removedPaths)
                == Set(["ru", "en", "zh"].map { "\($0)/sailings/neva-20270614-2100-moika/index.html" }))
        #expect(
            Set(changed.writtenPaths)
                == Self.pagesShowing("neva-20270614-1900-moika", ownPage: false)
                .union(["sitemap.xml", "ru/days/index.html", "en/days/index.html", "zh/days/index.html"]))
        #expect(!(try read(folder, "sitemap.xml")).contains("2100"))
    }

    @Test func translationGapsAreCountedTheSameByFullAndIncrementalBuilds() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let options = { (full: Bool) in
            SiteOptions(
                baseURL: "https://tickets.example.ru", checkoutURL: nil, languages: [.ru, .en, .zh],
                timeZone: "Europe/Moscow", templates: Self.templates, output: folder, full: full, now: Self.now)
        }
        let first = try SiteBuilder(catalog: Self.catalog(), options: options(true)).build()
        let again = try SiteBuilder(catalog: Self.catalog(), options: options(false)).build()
        #expect(again.summary.written == 0)
        // en lacks: product title and summary, pier address, vessel name, the deck section's name;
        // zh: product summary, pier name and address, vessel name, both section names.
        #expect(first.fallbacks == 11)
        #expect(again.fallbacks == first.fallbacks)
    }

    @Test func aRebuildChangesOnlyWhatChanged() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let first = try Self.build(Self.catalog(), into: folder)
        #expect(first.written > 0)
        let second = try Self.build(Self.catalog(), into: folder)
        #expect(second.written == 0)
        #expect(second.removed == 0)
        let changed = try Self.build(Self.catalog(price: 160_000), into: folder)
        #expect(changed.writtenPaths.contains("ru/sailings/neva-20270614-1900-moika/index.html"))
        #expect(!changed.writtenPaths.contains("ru/policies/refunds/index.html"))
        let removed = try Self.build(Self.catalog(price: 160_000, sailings: ["19:00"]), into: folder)
        #expect(removed.removedPaths.contains("en/sailings/neva-20270614-2100-moika/index.html"))
        #expect(
            !FileManager.default.fileExists(
                atPath: folder.appendingPathComponent("en/sailings/neva-20270614-2100-moika").path))
    }
}
