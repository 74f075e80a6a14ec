import Foundation
import GRDB
import GangwayCore
import Testing

@testable import GangwayStore

/// Checkout trusts a sailing read before the write lock only while the catalog generation is the
/// same: every applied import must move it, and nothing else may.
struct CatalogGenerationTests {
    private func generation(_ database: AppDatabase) throws -> Int64 {
        try database.writer.read { db in try SailingForSale.generation(db) }
    }

    @Test func everyAppliedImportMovesTheGenerationAndNothingElseDoes() throws {
        let database = try AppDatabase.inMemory()
        #expect(try generation(database) == 0)
        _ = try database.apply(CatalogFactory.base(), hash: "base")
        #expect(try generation(database) == 1)
        _ = try database.apply(CatalogFactory.schedule(times: ["10:00"]), hash: "s1")
        #expect(try generation(database) == 2)
        // The same bytes again: a duplicate, nothing changes.
        _ = try database.apply(CatalogFactory.schedule(times: ["10:00"]), hash: "s1")
        #expect(try generation(database) == 2)
        // A rejected file (a vessel overlap) changes nothing either.
        let rejected = try database.apply(CatalogFactory.schedule(times: ["10:00", "10:30"]), hash: "s2")
        #expect(rejected.isRejected)
        #expect(try generation(database) == 2)
        // A dry run rolls back.
        _ = try database.dryRunSession { session in
            try session.apply(ImportFileInfo(fileName: "d.csv", contentHash: "d", format: "csv"), now: 0) { _ in
                (CatalogFactory.schedule(times: ["11:00"]), [])
            }
        }
        #expect(try generation(database) == 2)
    }
}
