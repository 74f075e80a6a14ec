import GangwayCore
import Testing

@testable import GangwayStore

struct CatalogApplyTests {
    @Test func firstImportAddsThenTheSameImportChangesNothing() throws {
        let database = try AppDatabase.inMemory()
        let first = try database.apply(CatalogFactory.base(), hash: "a")
        #expect(first.counts?[.pier] == ChangeCounts(added: 1))
        #expect(first.counts?[.layout] == ChangeCounts(added: 1))
        #expect(first.counts?[.vessel] == ChangeCounts(added: 2))
        let second = try database.apply(CatalogFactory.base(), hash: "b")
        #expect(second.counts?[.pier] == ChangeCounts(unchanged: 1))
        #expect(second.counts?[.layout] == ChangeCounts(unchanged: 1))
        #expect(second.counts?[.vessel] == ChangeCounts(unchanged: 2))
        #expect(second.counts?[.product] == ChangeCounts(unchanged: 1))
    }

    @Test func sameBytesAreADuplicate() throws {
        let database = try AppDatabase.inMemory()
        _ = try database.apply(CatalogFactory.base(), hash: "same")
        guard case .duplicate(let previous) = try database.apply(CatalogFactory.base(), hash: "same") else {
            Issue.record("expected a duplicate")
            return
        }
        #expect(previous == "same.csv")
    }

    @Test func aChangedFieldIsCountedAsChanged() throws {
        let database = try AppDatabase.inMemory()
        _ = try database.apply(CatalogFactory.base(), hash: "a")
        var batch = CatalogFactory.base()
        batch.piers[0].name.en = "Palace Pier"
        let outcome = try database.apply(batch, hash: "b")
        #expect(outcome.counts?[.pier] == ChangeCounts(changed: 1))
    }

    @Test func scheduleIsTheTruthForItsWindow() throws {
        let database = try AppDatabase.inMemory()
        _ = try database.apply(CatalogFactory.base(), hash: "base")
        let first = try database.apply(CatalogFactory.schedule(times: ["10:00", "12:00", "14:00"]), hash: "s1")
        #expect(first.counts?[.schedule] == ChangeCounts(added: 3))
        let second = try database.apply(CatalogFactory.schedule(times: ["10:00", "16:00"]), hash: "s2")
        #expect(second.counts?[.schedule] == ChangeCounts(added: 1, unchanged: 1, removed: 2))
        let ids = try database.sailings(from: nil, to: nil, productID: "tour", now: 0).map(\.id)
        #expect(ids == [CatalogFactory.sailingID("10:00"), CatalogFactory.sailingID("16:00")])
    }

    @Test func pastSailingsAreNeverRemoved() throws {
        let database = try AppDatabase.inMemory()
        _ = try database.apply(CatalogFactory.base(), hash: "base")
        _ = try database.apply(CatalogFactory.schedule(times: ["10:00", "12:00"]), hash: "s1")
        let afterSeason: Int64 = 1_830_000_000
        let outcome = try database.apply(CatalogFactory.schedule(times: ["10:00"]), hash: "s2", now: afterSeason)
        #expect(outcome.counts?[.schedule] == ChangeCounts(unchanged: 1))
        #expect(try database.sailings(from: nil, to: nil, productID: nil, now: 0).count == 2)
    }

    @Test func removingASoldSailingRejectsTheFileWithTheList() throws {
        let database = try AppDatabase.inMemory()
        _ = try database.apply(CatalogFactory.base(), hash: "base")
        _ = try database.apply(CatalogFactory.schedule(times: ["10:00", "12:00"]), hash: "s1")
        try database.recordSoldPlace(
            SoldPlaceRecord(
                code: "T1", sailingID: CatalogFactory.sailingID("12:00"), sectionID: "salon", row: "1", seat: "1",
                category: "std", tier: "adult"), at: 0)
        let outcome = try database.apply(CatalogFactory.schedule(times: ["10:00"]), hash: "s2")
        #expect(outcome.isRejected)
        let reasons = outcome.problems.compactMap { $0.reason as? StoreProblem }
        #expect(reasons == [.soldSailingsWouldBeRemoved(["\(CatalogFactory.sailingID("12:00")) (1)"])])
        #expect(try database.sailings(from: nil, to: nil, productID: nil, now: 0).count == 2)
    }

    @Test func cancellingASoldSailingIsAllowedWithAWarning() throws {
        let database = try AppDatabase.inMemory()
        _ = try database.apply(CatalogFactory.base(), hash: "base")
        _ = try database.apply(CatalogFactory.schedule(times: ["12:00"]), hash: "s1")
        try database.recordSoldPlace(
            SoldPlaceRecord(
                code: "T1", sailingID: CatalogFactory.sailingID("12:00"), sectionID: "salon", row: "1", seat: "1",
                category: "std", tier: "adult"), at: 0)
        let outcome = try database.apply(CatalogFactory.schedule(times: ["12:00"], status: .cancelled), hash: "s2")
        #expect(outcome.counts?[.schedule] == ChangeCounts(changed: 1))
        #expect(
            outcome.problems.compactMap { $0.reason as? StoreProblem } == [
                .cancelledWithTickets(sailing: CatalogFactory.sailingID("12:00"), tickets: 1)
            ])
        #expect(try database.sailings(from: nil, to: nil, productID: nil, now: 0).first?.status == "cancelled")
    }

    @Test func overlappingSailingsOfOneVesselAreRejected() throws {
        let database = try AppDatabase.inMemory()
        _ = try database.apply(CatalogFactory.base(), hash: "base")
        let inside = try database.apply(CatalogFactory.schedule(times: ["10:00", "10:30"]), hash: "s1")
        #expect(
            inside.problems.compactMap { $0.reason as? StoreProblem }
                == [.overlap(sailing: CatalogFactory.sailingID("10:30"), other: CatalogFactory.sailingID("10:00"))])
        #expect(try database.sailings(from: nil, to: nil, productID: nil, now: 0).isEmpty)
        let backToBack = try database.apply(CatalogFactory.schedule(times: ["10:00", "11:00"]), hash: "s2")
        #expect(backToBack.counts?[.schedule] == ChangeCounts(added: 2))
    }

    @Test func overlapWithAnotherProductAlreadyStoredIsRejected() throws {
        let database = try AppDatabase.inMemory()
        var base = CatalogFactory.base()
        base.products.append(Product(id: "jazz", kind: .event, title: LocalizedText(ru: "Джаз"), durationMinutes: 120))
        _ = try database.apply(base, hash: "base")
        _ = try database.apply(CatalogFactory.schedule(times: ["10:00"]), hash: "s1")
        var jazz = CatalogFactory.schedule(times: ["09:30"])
        jazz.sailings = jazz.sailings.map { plan in
            var plan = plan
            plan.productID = "jazz"
            plan.id = "jazz-20270614-0930-meteor"
            plan.durationMinutes = 120
            return plan
        }
        jazz.scheduleWindows = ["jazz": CatalogFactory.june14...CatalogFactory.june14]
        let outcome = try database.apply(jazz, hash: "s2")
        #expect(
            outcome.problems.compactMap { $0.reason as? StoreProblem }
                == [.overlap(sailing: "jazz-20270614-0930-meteor", other: CatalogFactory.sailingID("10:00"))])
    }

    @Test func cancelledSailingsDoNotBlockTheVessel() throws {
        let database = try AppDatabase.inMemory()
        _ = try database.apply(CatalogFactory.base(), hash: "base")
        var batch = CatalogFactory.schedule(times: ["10:00", "10:30"])
        batch.sailings[1].status = .cancelled
        #expect(try database.apply(batch, hash: "s1").counts?[.schedule] == ChangeCounts(added: 2))
    }
}
