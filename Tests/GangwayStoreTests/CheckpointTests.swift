import Foundation
import Testing

@testable import GangwayStore

/// A long job defers SQLite's automatic checkpoints, folds the log in beside its writer, and
/// turns them back on at its end.
struct CheckpointTests {
    static func autocheckpoint(_ database: AppDatabase) throws -> Int {
        try database.writer.writeWithoutTransaction { db in
            try Int.fetchOne(db, sql: "PRAGMA wal_autocheckpoint") ?? -1
        }
    }

    static func walBytes(_ url: URL) -> Int {
        let attributes = try? FileManager.default.attributesOfItem(atPath: url.path + "-wal")
        return (attributes?[.size] as? NSNumber)?.intValue ?? 0
    }

    /// One transaction of about 2,000 pages: an export of 20,000 rows.
    static func seed(_ database: AppDatabase, from first: Int) throws {
        _ = try database.loadExport(name: "rows-\(first).csv", at: 1_795_564_800) { sink in
            for number in first..<first + 20_000 {
                try sink.add(
                    ExportRecord(
                        provider: "yookassa", kind: "payment", providerID: "p-\(number)", paymentID: nil,
                        gross: 150_000, net: 145_000, commission: 4_000, commissionVAT: 1_000, currency: "RUB",
                        occurredAt: 1_795_600_000, day: "2026-11-25", reference: "Заказ GW-\(number)",
                        orderRef: nil, method: "AC", status: nil, location: number))
            }
            return ExportFileRecord(
                sha256: "sha-\(first)", name: "rows-\(first).csv", provider: "yookassa", kind: "yookassaPayments",
                format: "csv", footerTotal: nil, footerCount: nil, coveredKind: "payment", coveredDays: ["2026-11-25"])
        }
    }

    @Test func theLogGrowsUntilTheJobFoldsItInAndCheckpointsComeBack() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("gangway-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("g.sqlite")
        let database = try AppDatabase.open(at: url)
        #expect(try Self.autocheckpoint(database) == 1_000)

        // With checkpoints on, each commit past 1,000 pages folds the log in and the next
        // transaction writes it again from its start: it stays about one transaction long.
        for first in [0, 100_000, 200_000] { try Self.seed(database, from: first) }
        let folding = Self.walBytes(url)

        try database.deferCheckpoints()
        #expect(try Self.autocheckpoint(database) == 0)
        for first in stride(from: 300_000, through: 700_000, by: 100_000) { try Self.seed(database, from: first) }
        let deferred = Self.walBytes(url)
        #expect(deferred > folding * 2)

        // Folded in beside the writer, even while it is inside a transaction: the next
        // transactions write the log from its start again; automatic checkpoints stay off.
        try database.writer.writeWithoutTransaction { db in
            try db.inTransaction {
                try database.foldLogBeside()
                return .commit
            }
        }
        #expect(try Self.autocheckpoint(database) == 0)
        for first in [800_000, 900_000] { try Self.seed(database, from: first) }
        #expect(Self.walBytes(url) == deferred)

        try database.resumeCheckpoints()
        #expect(try Self.autocheckpoint(database) == 1_000)
    }
}
