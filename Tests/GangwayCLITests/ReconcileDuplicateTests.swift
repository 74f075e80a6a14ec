import Foundation
import GangwayCore
import Testing

@testable import GangwayCLI
@testable import GangwayStore

/// How a run knows a file it read before: a file of a size never read is parsed while it is
/// hashed, one of a size seen before is hashed first; either way the same bytes are never
/// counted twice, whatever the store knew of the earlier file's size.
struct ReconcileDuplicateTests {
    typealias Registry = ReconcileCommandTests

    @Test func aNewFileOfASizeReadBeforeIsReadAndItsCopyIsADuplicate() async throws {
        let cli = try CLIHarness()
        let order = try await OrderCommandTests.paidOrder(cli, provider: .yookassa)
        let first = cli.folder.appendingPathComponent("first.csv")
        try Data(Registry.registry(id: "op-cli-1", total: order.total).utf8).write(to: first)
        let second = cli.folder.appendingPathComponent("second.csv")
        try Data(Registry.registry(id: "op-cli-2", total: order.total).utf8).write(to: second)
        #expect(try FileStamp(of: first).size == FileStamp(of: second).size)

        let read = try await cli.run("reconcile", "--json", first.path)
        #expect(read.stdout.contains(#""new_rows":2"#), "\(read.stdout)")
        // The same size, other bytes: read, and its one new row added.
        let other = try await cli.run("reconcile", "--json", second.path)
        #expect(other.stdout.contains(#""outcome":"read""#), "\(other.stdout)")
        #expect(other.stdout.contains(#""new_rows":1"#))
        let copy = cli.folder.appendingPathComponent("copy.csv")
        try FileManager.default.copyItem(at: first, to: copy)
        let again = try await cli.run("reconcile", "--json", copy.path)
        #expect(again.stdout.contains(#""outcome":"duplicate""#))
        #expect(again.stdout.contains(#""added":{}"#))
        let database = try AppDatabase.open(at: cli.database)
        #expect(try database.exportFile(sha256: ReconcileJob.sha256(of: first)) != nil)
        #expect(try database.exportFile(sha256: ReconcileJob.sha256(of: second)) != nil)
    }

    @Test func aCopyOfAFileReadBeforeSizesWereKeptIsStillADuplicate() async throws {
        let cli = try CLIHarness()
        let order = try await OrderCommandTests.paidOrder(cli, provider: .yookassa)
        let first = cli.folder.appendingPathComponent("first.csv")
        try Data(Registry.registry(id: "op-cli", total: order.total).utf8).write(to: first)
        let read = try await cli.run("reconcile", "--json", first.path)
        #expect(read.exitCode == 0)
        // As a database migrated from before sizes were kept has it.
        let database = try AppDatabase.open(at: cli.database)
        try await database.writer.write { db in try db.execute(sql: "UPDATE export_file SET bytes = NULL") }
        #expect(try !database.exportFileExists(bytes: Int64(FileStamp(of: first).size)))

        let copy = cli.folder.appendingPathComponent("copy.csv")
        try FileManager.default.copyItem(at: first, to: copy)
        let again = try await cli.run("reconcile", "--json", copy.path)
        #expect(again.exitCode == 0)
        #expect(again.stdout.contains(#""outcome":"duplicate""#), "\(again.stdout)")
        #expect(again.stdout.contains(#""added":{}"#))
        #expect(try database.exportFileExists(bytes: Int64(FileStamp(of: first).size)) == false)
    }
}
