import Foundation
import GRDB
import GangwayCore
import Testing

@testable import GangwayStore

/// The sailings read in one pass for holds (``HoldQueue/preload(now:)``) are what a hold would
/// read for each, and an import drops and reloads them.
struct HoldPreloadTests {
    @Test func theBulkReadGivesWhatTheSingleReadGives() throws {
        let database = try CheckoutFixture.database()
        let (all, ids) = try database.writer.read { db in
            (
                try SailingForSale.loadAll(db, departingAfter: 0, limit: 1_000),
                try String.fetchAll(db, sql: "SELECT id FROM sailing ORDER BY departs_at, id")
            )
        }
        #expect(all.map(\.id) == ids)
        #expect(all.count >= 5)
        #expect(all.contains { $0.layoutID == nil }, "a vessel without a layout (its one general section)")
        #expect(all.contains { $0.sections.count > 1 }, "a vessel with seats and a deck")
        for sailing in all {
            let single = try database.writer.read { db in try SailingForSale.load(db, sailingID: sailing.id) }
            #expect(single == sailing, "\(sailing.id)")
        }
        let (later, limited) = try database.writer.read { db in
            (
                try SailingForSale.loadAll(db, departingAfter: all[1].departsAt, limit: 1_000),
                try SailingForSale.loadAll(db, departingAfter: 0, limit: 2)
            )
        }
        #expect(later.allSatisfy { $0.departsAt > all[1].departsAt })
        #expect(!later.contains { $0.id == all[0].id })
        #expect(limited.map(\.id) == Array(ids.prefix(2)))
    }

    @Test func aPreloadIsKeptUntilAnImportMovesTheGenerationThenReadAgain() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("preload-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let database = try CheckoutFixture.database(file: folder.appendingPathComponent("gangway.sqlite"))
        let future = try await database.writer.read { db in
            try Int.fetchOne(
                db, sql: "SELECT COUNT(*) FROM sailing WHERE departs_at > ?", arguments: [CheckoutFixture.now])
        }
        let queue = HoldQueue(database: database)
        await queue.preload(now: CheckoutFixture.now)
        #expect(queue.statistics.sailingsKnown == future)
        #expect(queue.statistics.preloads == 1)
        let placed = try await queue.place(
            try HoldBatchTests.request(seats: ["salon|1|1"]), policy: HoldBatchTests.policy, now: CheckoutFixture.now)
        #expect(placed.order.lines.count == 1)
        #expect(queue.statistics.sailingsKnown == future, "a hold keeps what was read")

        // An import moves the generation: the next transaction drops every sailing and the queue
        // reads them again.
        try await database.writer.write { db in try db.execute(sql: "UPDATE catalog_generation SET value = value + 1") }
        _ = try await queue.place(
            try HoldBatchTests.request(seats: ["salon|1|2"]), policy: HoldBatchTests.policy, now: CheckoutFixture.now)
        for _ in 0..<200 where queue.statistics.preloads < 2 { try await Task.sleep(for: .milliseconds(20)) }
        #expect(queue.statistics.preloads == 2)
        #expect(queue.statistics.sailingsKnown == future)
    }
}
