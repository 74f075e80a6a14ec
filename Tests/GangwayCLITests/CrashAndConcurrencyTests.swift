import Foundation
import GangwayStore
import Testing

@testable import GangwayCLI

/// Real processes: `kill -9` in the middle of an import, and two imports started at once.
/// They run the `gangway` executable built beside the tests.
@Suite(.serialized)
struct CrashAndConcurrencyTests {
    /// Runs the built executable in `cli`'s folder; returns its exit status or the signal that ended it.
    private func launch(_ cli: CLIHarness, _ arguments: [String], fault: String? = nil) throws -> Process {
        let executable = try #require(CLIHarness.executable, "the gangway executable is not built beside the tests")
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = cli.folder
        var environment = ["PATH": "/usr/bin:/bin", "GANGWAY_NOW": "2026-11-25T09:00:00Z"]
        if let fault { environment["GANGWAY_FAULT"] = fault }
        process.environment = environment
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        return process
    }

    private func importLog(_ cli: CLIHarness) async throws -> String {
        try await cli.run("status", "--json").stdout
    }

    @Test(arguments: ["import:claimed", "import:written"])
    func aCrashBeforeCommitLeavesTheOldStateAndTheFileRecoverable(fault: String) async throws {
        let cli = try CLIHarness()
        try cli.dropSample("01-piers.csv")
        let process = try launch(cli, ["import"], fault: fault)
        process.waitUntilExit()
        #expect(process.terminationReason == .uncaughtSignal)
        #expect(process.terminationStatus == SIGKILL)
        #expect(cli.files(in: "inbox/.processing") == ["01-piers.csv"])
        #expect(try await importLog(cli).contains("\"pier\":0"))

        let rerun = try await cli.run("import", "--json")
        #expect(rerun.exitCode == 0, "\(rerun.stdout) \(rerun.stderr)")
        let report = try JSONDecoder().decode(ImportRunReport.self, from: Data(rerun.stdout.utf8))
        #expect(report.recovered == ["01-piers.csv"])
        #expect(report.files.map(\.outcome) == [.applied])
        #expect(cli.files(in: "inbox/processed/2026-11-25") == ["01-piers.csv"])
        #expect(cli.files(in: "inbox/.processing").isEmpty)
    }

    @Test func aCrashAfterCommitFinishesArchivingWithoutApplyingTwice() async throws {
        let cli = try CLIHarness()
        try cli.dropSample("01-piers.csv")
        let process = try launch(cli, ["import"], fault: "import:committed")
        process.waitUntilExit()
        #expect(process.terminationReason == .uncaughtSignal)
        let status = try await importLog(cli)
        #expect(status.contains("\"pier\":6"))
        #expect(status.contains("\"import_log\":1"))

        let rerun = try await cli.run("import", "--json")
        #expect(rerun.exitCode == 0)
        let report = try JSONDecoder().decode(ImportRunReport.self, from: Data(rerun.stdout.utf8))
        #expect(report.files.map(\.outcome) == [.applied])
        #expect(cli.files(in: "inbox/processed/2026-11-25") == ["01-piers.csv"])
        #expect(try await importLog(cli).contains("\"import_log\":1"))
    }

    @Test func twoImportsStartedAtOnceApplyEachFileOnce() async throws {
        let cli = try CLIHarness()
        for name in CLIHarness.sampleFiles { try cli.dropSample(name) }
        _ = try await cli.run("import")  // create the database first, as cron's first run would
        let first = try launch(cli, ["import"])
        let second = try launch(cli, ["import"])
        first.waitUntilExit()
        second.waitUntilExit()
        let codes = [first.terminationStatus, second.terminationStatus].sorted()
        #expect(codes == [0, 0] || codes == [0, 75])
        let archived = cli.files(in: "inbox/processed/2026-11-25")
        #expect(archived == CLIHarness.sampleFiles)
        let status = try await importLog(cli)
        #expect(status.contains("\"import_log\":\(CLIHarness.sampleFiles.count)"))
        #expect(cli.files(in: "inbox/rejected").isEmpty)
    }

    @Test func onlyOneClaimerWinsAFile() async throws {
        let cli = try CLIHarness()
        let inbox = InboxFolder(root: cli.inbox)
        for round in 0..<20 {
            try cli.drop("file-\(round).csv", "pier_id;name_ru\np;П\n")
        }
        let candidates = try inbox.scan(now: cli.now, settleSeconds: 0).ready
        let wins = await withTaskGroup(of: Int.self) { group in
            for _ in 0..<4 {
                group.addTask {
                    candidates.reduce(0) { count, candidate in
                        count + (((try? inbox.claim(candidate)) ?? nil) == nil ? 0 : 1)
                    }
                }
            }
            return await group.reduce(0, +)
        }
        #expect(wins == candidates.count)
        #expect(cli.files(in: "inbox/.processing").count == candidates.count)
    }
}
