import GangwayCore
import Testing

@testable import GangwayStore

struct SiteCatalogTests {
    @Test func theSnapshotCarriesPricesSalesAndTakenSeats() throws {
        let database = try AppDatabase.inMemory()
        _ = try database.apply(CatalogFactory.base(), hash: "base")
        _ = try database.apply(CatalogFactory.schedule(times: ["10:00", "12:00"]), hash: "s1")
        try database.recordSoldPlace(
            SoldPlaceRecord(
                code: "T1", sailingID: CatalogFactory.sailingID("10:00"), sectionID: "salon", row: "2", seat: "1",
                category: "vip", tier: "adult"), at: 0)
        let site = try database.siteCatalog(now: CatalogFactory.beforeSeason)
        #expect(site.piers.map(\.id) == ["dvortsovaya"])
        #expect(site.layouts.first?.places == 4)
        #expect(site.layouts.first?.sections.first?.seats.count == 4)
        #expect(site.vessels.map(\.id) == ["meteor", "moika"])
        let first = try #require(site.sailings.first)
        #expect(first.id == CatalogFactory.sailingID("10:00"))
        #expect(first.takenSeats == ["salon|2|1"])
        #expect(first.sold == 1)
        #expect(first.remaining == 3)
        #expect(first.prices.price(tier: "adult", category: "std") == Money(kopecks: 150_000))
        #expect(first.isSellable(at: CatalogFactory.beforeSeason))
        #expect(!first.isSellable(at: first.departsAt - 60))
        #expect(site.sailings[1].takenSeats.isEmpty)
    }

    @Test func sailingsBeforeTheCutOffAreLeftOut() throws {
        let database = try AppDatabase.inMemory()
        _ = try database.apply(CatalogFactory.base(), hash: "base")
        _ = try database.apply(CatalogFactory.schedule(times: ["10:00", "12:00"]), hash: "s1")
        let all = try database.siteCatalog(now: 0)
        let later = try database.siteCatalog(now: 0, from: all.sailings[0].departsAt + 1)
        #expect(later.sailings.map(\.id) == [CatalogFactory.sailingID("12:00")])
    }
}
