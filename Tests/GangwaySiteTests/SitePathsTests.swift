import GangwayCore
import Testing

@testable import GangwaySite

struct SitePathsTests {
    @Test func pagesLiveUnderTheirLanguage() throws {
        let day = try #require(LocalDate(parsing: "2027-06-14"))
        #expect(
            SitePaths.sailing("neva-night-20270614-2430-moika-1", .zh)
                == "/zh/sailings/neva-night-20270614-2430-moika-1/")
        #expect(SitePaths.day(day, .en) == "/en/days/2027-06-14/")
        #expect(SitePaths.file(for: SitePaths.home(.ru)) == "ru/index.html")
        #expect(SitePaths.file(for: "/") == "index.html")
        #expect(SitePaths.file(for: "/sitemap.xml") == "sitemap.xml")
    }
}
