import Foundation
import GangwayCore
import Testing

@testable import GangwayStore

struct SoldPlacesTests {
    private func soldSeat(
        _ database: AppDatabase, code: String = "T1", row: String = "2", seat: String = "1", category: String = "vip"
    )
        throws
    {
        try database.recordSoldPlace(
            SoldPlaceRecord(
                code: code, sailingID: CatalogFactory.sailingID("10:00"), sectionID: "salon", row: row, seat: seat,
                category: category, tier: "adult"), at: 0)
    }

    private func seeded() throws -> AppDatabase {
        let database = try AppDatabase.inMemory()
        _ = try database.apply(CatalogFactory.base(), hash: "base")
        _ = try database.apply(CatalogFactory.schedule(times: ["10:00"]), hash: "s1")
        return database
    }

    @Test func aSeatCannotBeSoldTwiceOnOneSailing() throws {
        let database = try seeded()
        try soldSeat(database)
        #expect(throws: (any Error).self) { try soldSeat(database, code: "T2") }
    }

    @Test func aLayoutThatDropsASoldSeatIsRejected() throws {
        let database = try seeded()
        try soldSeat(database)
        var batch = CatalogBatch()
        batch.layouts = [CatalogFactory.layout(seats: [("1", "1", "std"), ("1", "2", "std"), ("2", "2", "vip")])]
        let outcome = try database.apply(batch, hash: "l2")
        #expect(outcome.isRejected)
        let reasons = outcome.problems.compactMap { $0.reason as? StoreProblem }
        #expect(
            reasons == [
                .soldSeatsDropped(layout: "small", seats: ["\(CatalogFactory.sailingID("10:00")) salon/2/1 (vip)"])
            ])
    }

    @Test func aLayoutThatRecategorisesASoldSeatIsRejected() throws {
        let database = try seeded()
        try soldSeat(database)
        var batch = CatalogBatch()
        batch.layouts = [
            CatalogFactory.layout(seats: [("1", "1", "std"), ("1", "2", "std"), ("2", "1", "std"), ("2", "2", "vip")])
        ]
        #expect(try database.apply(batch, hash: "l2").isRejected)
    }

    @Test func aLayoutChangeThatKeepsSoldSeatsIsApplied() throws {
        let database = try seeded()
        try soldSeat(database)
        var batch = CatalogBatch()
        batch.layouts = [CatalogFactory.layout(seats: [("1", "1", "vip"), ("2", "1", "vip"), ("3", "1", "std")])]
        #expect(try database.apply(batch, hash: "l2").counts?[.layout] == ChangeCounts(changed: 1))
    }

    @Test func seatsSoldOnPastSailingsDoNotBlockALayoutChange() throws {
        let database = try seeded()
        try soldSeat(database)
        var batch = CatalogBatch()
        batch.layouts = [CatalogFactory.layout(seats: [("9", "9", "std")])]
        let afterSeason: Int64 = 1_830_000_000
        #expect(try database.apply(batch, hash: "l2", now: afterSeason).counts?[.layout] == ChangeCounts(changed: 1))
    }

    @Test func aVesselMovedToALayoutWithoutTheSoldSeatIsRejected() throws {
        let database = try seeded()
        try soldSeat(database)
        var batch = CatalogBatch()
        batch.vessels = [Vessel(id: "meteor", name: LocalizedText(ru: "Метеор"), kind: .hydrofoil, capacity: 10)]
        let outcome = try database.apply(batch, hash: "v2")
        #expect(
            outcome.problems.compactMap { $0.reason as? StoreProblem }
                == [
                    .vesselLayoutDropsSoldSeats(
                        vessel: "meteor", seats: ["\(CatalogFactory.sailingID("10:00")) salon/2/1 (vip)"])
                ])
    }

    @Test func generalAdmissionCapacityBelowSoldIsRejected() throws {
        let database = try AppDatabase.inMemory()
        _ = try database.apply(CatalogFactory.base(), hash: "base")
        _ = try database.apply(CatalogFactory.schedule(vessel: "moika", times: ["10:00"], capacity: 30), hash: "s1")
        for index in 1...3 {
            try database.recordSoldPlace(
                SoldPlaceRecord(
                    code: "G\(index)", sailingID: CatalogFactory.sailingID("10:00", vessel: "moika"),
                    sectionID: "general",
                    category: "general", tier: "adult"), at: 0)
        }
        let outcome = try database.apply(
            CatalogFactory.schedule(vessel: "moika", times: ["10:00"], capacity: 2), hash: "s2")
        #expect(
            outcome.problems.compactMap { $0.reason as? StoreProblem }
                == [
                    .capacityBelowSold(
                        sailing: CatalogFactory.sailingID("10:00", vessel: "moika"), capacity: 2, sold: 3)
                ])
        let listed = try database.sailings(from: nil, to: nil, productID: nil, now: 0)
        #expect(listed.first?.sold == 3)
        #expect(listed.first?.capacity == 30)
        #expect(listed.first?.seating == "general")
    }
}

struct DatabaseTests {
    @Test func migrationsAreNamedAndAppliedInOrder() throws {
        let database = try AppDatabase.inMemory()
        #expect(
            try database.appliedMigrations() == [
                "2026-11-25-catalog", "2026-11-25-sales-minimal", "2026-11-25-logs", "2026-11-25-checkout",
                "2026-11-25-charter-holds", "2026-11-25-catalog-generation", "2026-11-25-payments",
                "2026-11-25-order-link-tokens", "2026-11-25-refunds-audit", "2026-11-25-provider-requests",
                "2026-11-25-reconciliation", "2026-11-25-reconcile-matches",
                "2026-11-25-reconcile-day-totals", "2026-12-07-export-file-size",
            ])
    }

    @Test func aFileDatabaseUsesWAL() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("gangway-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let database = try AppDatabase.open(at: folder.appendingPathComponent("g.sqlite"))
        let health = try database.health()
        #expect(health.journalMode == "wal")
        #expect(health.integrity == "ok")
        #expect(health.pendingMigrations.isEmpty)
    }

    @Test func jobRunsAreRecorded() throws {
        let database = try AppDatabase.inMemory()
        let id = try database.startJobRun("import", at: 100)
        try database.recordSkippedRun("import", at: 150)
        try database.finishJobRun(id, outcome: "ok", exitCode: 0, summary: "{}", at: 200)
        let runs = try database.lastJobRuns()
        #expect(runs.count == 1)
        #expect(runs.first?.outcome == "ok")
        #expect(runs.first?.skippedSince == 1)
        try database.recordSkippedRun("remind", at: 300)
        #expect(try database.lastJobRuns().map(\.outcome) == ["ok", "skipped"])
    }

    @Test func theJobLockIsExclusiveAndReleased() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("lock-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: url) }
        let first = try #require(try JobLock.acquire(name: "import", at: url))
        #expect(try JobLock.acquire(name: "import", at: url) == nil)
        first.release()
        #expect(try JobLock.acquire(name: "import", at: url) != nil)
    }
}

struct LayoutCapacityTests {
    @Test func aLayoutGrowingPastAVesselsCapacityIsRejected() throws {
        let database = try AppDatabase.inMemory()
        _ = try database.apply(CatalogFactory.base(), hash: "base")
        var batch = CatalogBatch()
        batch.layouts = [CatalogFactory.layout(seats: (1...11).map { ("1", "\($0)", "std") })]
        let outcome = try database.apply(batch, hash: "l2")
        #expect(
            outcome.problems.compactMap { $0.reason as? StoreProblem }
                == [.layoutAboveVesselCapacity(layout: "small", places: 11, vessel: "meteor", capacity: 10)])
    }

    @Test func aLayoutAndItsVesselGrowingTogetherAreApplied() throws {
        let database = try AppDatabase.inMemory()
        _ = try database.apply(CatalogFactory.base(), hash: "base")
        var batch = CatalogBatch()
        batch.layouts = [CatalogFactory.layout(seats: (1...11).map { ("1", "\($0)", "std") })]
        batch.vessels = [
            Vessel(id: "meteor", name: LocalizedText(ru: "Метеор"), kind: .hydrofoil, capacity: 12, layoutID: "small")
        ]
        let outcome = try database.apply(batch, hash: "l2")
        #expect(outcome.counts?[.layout] == ChangeCounts(changed: 1))
        #expect(outcome.counts?[.vessel] == ChangeCounts(changed: 1))
    }
}
