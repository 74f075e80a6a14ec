import Foundation
import GangwayCore
import Testing

@testable import GangwayCLI

struct ImportCommandTests {
    @Test func theSampleSeasonImportsCleanly() async throws {
        let cli = try CLIHarness()
        #expect(!CLIHarness.sampleFiles.isEmpty)
        for name in CLIHarness.sampleFiles { try cli.dropSample(name) }
        let result = try await cli.run("import", "--json")
        #expect(result.exitCode == 0, "\(result.stdout)\n\(result.stderr)")
        let report = try JSONDecoder().decode(ImportRunReport.self, from: Data(result.stdout.utf8))
        #expect(report.files.count == CLIHarness.sampleFiles.count)
        #expect(report.files.allSatisfy { $0.outcome == .applied })
        #expect(cli.files(in: "inbox/processed/2026-11-25") == CLIHarness.sampleFiles)
        #expect(cli.files(in: "inbox").filter { !$0.hasPrefix(".") } == ["processed"])
        let sailings = report.files.compactMap { $0.counts["sailings"]?.added }.reduce(0, +)
        #expect(sailings > 1_000)
    }

    @Test func theSameBytesTwiceChangeNothingAndAreArchivedAsDuplicates() async throws {
        let cli = try CLIHarness()
        for name in CLIHarness.sampleFiles { try cli.dropSample(name) }
        _ = try await cli.run("import")
        let before = try await cli.run("sailings", "list", "--json", "--from", "2026-01-01")
        for name in CLIHarness.sampleFiles { try cli.dropSample(name) }
        let second = try await cli.run("import", "--json")
        #expect(second.exitCode == 0)
        let report = try JSONDecoder().decode(ImportRunReport.self, from: Data(second.stdout.utf8))
        #expect(report.files.allSatisfy { $0.outcome == .duplicate })
        let after = try await cli.run("sailings", "list", "--json", "--from", "2026-01-01")
        #expect(before.stdout == after.stdout)
        // Nothing in the archive is overwritten: the second copies get a suffix.
        let archived = cli.files(in: "inbox/processed/2026-11-25")
        #expect(archived.count == 2 * CLIHarness.sampleFiles.count)
        #expect(archived.contains("01-piers-1.csv"))
    }

    @Test func aBadFileIsRejectedWholeWithEveryProblemListed() async throws {
        let cli = try CLIHarness()
        try cli.drop("piers.csv", "pier_id;name_ru;timezone\nok;Хорошая;Europe/Moscow\nbad id;;Mars/Base\n")
        let result = try await cli.run("import")
        #expect(result.exitCode == 65)
        #expect(cli.files(in: "inbox/rejected") == ["piers.csv", "piers.csv.errors.txt"])
        let report = try cli.read("inbox/rejected/piers.csv.errors.txt")
        #expect(report.contains("piers.csv:3:1: «pier_id»: «bad id» — не идентификатор"))
        #expect(report.contains("piers.csv:3:2: не заполнено обязательное поле «name_ru»"))
        #expect(report.contains("piers.csv:3:3: «timezone»: «Mars/Base»"))
        let status = try await cli.run("status", "--json")
        #expect(status.stdout.contains("\"pier\":0"))
    }

    @Test func errorReportsAreInEnglishWhenConfigured() async throws {
        let cli = try CLIHarness()
        cli.variables = ["GANGWAY_OPERATOR_LANGUAGE": "en"]
        try cli.drop("piers.csv", "pier_id;name_ru\np1;\n")
        _ = try await cli.run("import")
        let report = try cli.read("inbox/rejected/piers.csv.errors.txt")
        #expect(report.contains(#"piers.csv:2:2: required field "name_ru" is empty"#))
    }

    @Test func filesStillBeingWrittenAreLeftAlone() async throws {
        let cli = try CLIHarness()
        for name in [".hidden.csv", "upload.csv.part", "schedule.tmp"] { try cli.drop(name, "pier_id;name_ru\np1;П\n") }
        let result = try await cli.run("import", "--json")
        #expect(result.exitCode == 0)
        #expect(
            cli.files(in: "inbox").filter { !$0.hasPrefix(".") || $0 == ".hidden.csv" }.sorted()
                == [".hidden.csv", "schedule.tmp", "upload.csv.part"])
    }

    @Test func dryRunChangesNothingAndMovesNothing() async throws {
        let cli = try CLIHarness()
        for name in CLIHarness.sampleFiles { try cli.dropSample(name) }
        let result = try await cli.run("import", "--dry-run", "--json")
        #expect(result.exitCode == 0, "\(result.stdout)\n\(result.stderr)")
        let report = try JSONDecoder().decode(ImportRunReport.self, from: Data(result.stdout.utf8))
        #expect(report.files.allSatisfy { $0.outcome == .valid })
        #expect(
            cli.files(in: "inbox").filter { $0.hasSuffix(".csv") || $0.hasSuffix(".xml") } == CLIHarness.sampleFiles)
        #expect(!FileManager.default.fileExists(atPath: cli.database.path))
        let listed = try await cli.run("sailings", "list", "--json")
        #expect(listed.exitCode == 69)
        #expect(listed.stdout.contains("\"exit_code\":69"))
    }

    @Test func kindsAreAppliedInDependencyOrderWhateverTheNames() async throws {
        let cli = try CLIHarness()
        try cli.drop(
            "a-schedule.csv",
            "product_id;vessel_id;pier_id;times;date;price_adult\ntour;boat;pier;12:00;2027-06-01;900\n")
        try cli.drop("b-products.csv", "product_id;kind;title_ru;duration_min\ntour;excursion;Прогулка;60\n")
        try cli.drop("c-vessels.csv", "vessel_id;name_ru;kind;capacity\nboat;Лодка;boat;30\n")
        try cli.drop("d-piers.csv", "pier_id;name_ru\npier;Причал\n")
        let result = try await cli.run("import", "--json")
        #expect(result.exitCode == 0, "\(result.stdout)\n\(result.stderr)")
        let report = try JSONDecoder().decode(ImportRunReport.self, from: Data(result.stdout.utf8))
        #expect(report.files.map(\.file) == ["d-piers.csv", "c-vessels.csv", "b-products.csv", "a-schedule.csv"])
    }

    @Test func dryRunSeesWhatAnEarlierFileInTheSameRunWouldAdd() async throws {
        let cli = try CLIHarness()
        _ = try await cli.run("import")
        try cli.drop("piers.csv", "pier_id;name_ru\npier;Причал\n")
        try cli.drop("vessels.csv", "vessel_id;name_ru;kind;capacity;home_pier_id\nboat;Лодка;boat;30;pier\n")
        let result = try await cli.run("import", "--dry-run", "--json")
        #expect(result.exitCode == 0, "\(result.stdout)")
        let status = try await cli.run("status", "--json")
        #expect(status.stdout.contains("\"pier\":0"))
    }

    @Test func filesStillSettlingAreNamedNotCalledAnEmptyInbox() async throws {
        let cli = try CLIHarness()
        cli.variables = ["GANGWAY_IMPORT_SETTLE_SECONDS": "600"]
        cli.now = Int64(Date().timeIntervalSince1970)
        try cli.drop("piers.csv", "pier_id;name_ru\npier;Причал\n")
        let result = try await cli.run("import", "--json")
        let report = try JSONDecoder().decode(ImportRunReport.self, from: Data(result.stdout.utf8))
        #expect(report.files.isEmpty)
        #expect(report.waiting == ["piers.csv"])
        let human = try await cli.run("import")
        #expect(human.stdout.contains("piers.csv"))
        #expect(!human.stdout.contains("пуста"))
    }

    @Test func aReDroppedFileWhoseArchiveWasPrunedIsADuplicate() async throws {
        let cli = try CLIHarness()
        try cli.drop("piers.csv", "pier_id;name_ru\npier;Причал\n")
        _ = try await cli.run("import")
        try FileManager.default.removeItem(at: cli.folder.appendingPathComponent("inbox/processed"))
        try cli.drop("piers.csv", "pier_id;name_ru\npier;Причал\n")
        let result = try await cli.run("import", "--json")
        let report = try JSONDecoder().decode(ImportRunReport.self, from: Data(result.stdout.utf8))
        #expect(report.files.map(\.outcome) == [.duplicate])
    }

    @Test func aFailureWithJSONStillPrintsOneJSONObject() async throws {
        let cli = try CLIHarness()
        let result = try await cli.run("import", "--json", "--inbox", "nowhere")
        #expect(result.exitCode == 64)
        let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        #expect(object?["exit_code"] as? Int == 64)
    }

    @Test func aFileThatIsNotADatabaseIsUnavailable() async throws {
        let cli = try CLIHarness()
        try Data("not sqlite at all, just text that is long enough to have a header".utf8).write(to: cli.database)
        let result = try await cli.run("import")
        #expect(result.exitCode == 69)
        #expect(result.stderr.contains("cannot be opened"))
    }

    @Test func anEmptyInboxIsFine() async throws {
        let cli = try CLIHarness()
        let result = try await cli.run("import")
        #expect(result.exitCode == 0)
        #expect(result.stdout.contains("нечего импортировать"))
    }

    @Test func aMissingInboxIsAUsageError() async throws {
        let cli = try CLIHarness()
        let result = try await cli.run("import", "--inbox", "nowhere")
        #expect(result.exitCode == 64)
        #expect(result.stderr.contains("does not exist"))
    }

    @Test func aHeldLockSkipsTheRunWithExit75() async throws {
        let cli = try CLIHarness()
        _ = try await cli.run("import")
        let lock = try #require(
            try JobLockAccess.acquire(database: cli.database))
        defer { lock.release() }
        let result = try await cli.run("import")
        #expect(result.exitCode == 75)
        #expect(result.stderr.contains("another import is running"))
        let status = try await cli.run("status", "--json")
        #expect(status.stdout.contains("\"skipped_since\":1"))
    }

    @Test func aBadConfigurationIsAUsageError() async throws {
        let cli = try CLIHarness()
        try Data("[database]\npaht = \"x\"\n".utf8).write(to: cli.folder.appendingPathComponent("gangway.toml"))
        let result = try await cli.run("status")
        #expect(result.exitCode == 64)
        #expect(result.stderr.contains("gangway.toml:2"))
    }
}

struct GlobalOptionTests {
    @Test func anUnknownLogLevelIsAUsageError() async throws {
        let cli = try CLIHarness()
        let result = try await cli.run("status", "--log-level", "loud")
        #expect(result.exitCode == 64)
        #expect(result.stderr.contains("--log-level loud"))
    }

    @Test func theDatabaseFlagOverridesTheConfiguration() async throws {
        let cli = try CLIHarness()
        cli.variables = ["GANGWAY_DATABASE_PATH": "from-env.sqlite"]
        _ = try await cli.run("import", "--database", "from-flag.sqlite")
        #expect(FileManager.default.fileExists(atPath: cli.folder.appendingPathComponent("from-flag.sqlite").path))
        #expect(!FileManager.default.fileExists(atPath: cli.folder.appendingPathComponent("from-env.sqlite").path))
    }
}
