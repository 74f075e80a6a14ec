import ArgumentParser
import Foundation
import GangwayCore
import GangwayStore

/// `gangway import [--inbox DIR] [--dry-run] [--json]`
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Apply every ready file in the inbox (piers, layouts, vessels, products, schedules, promos).",
        discussion: """
            Each file is applied whole in one transaction and moved to inbox/processed/YYYY-MM-DD/, or rejected \
            whole to inbox/rejected/ with NAME.errors.txt listing every problem. Files named .*, *.tmp or *.part, \
            and files modified within import.settle_seconds, are left for a later run. Kinds are applied in \
            dependency order: piers, layouts, vessels, products, schedules, promos.

            Exit codes: 0 done, 65 a file was rejected, 64 bad usage or configuration, 69 the database cannot \
            be opened, 75 another import holds the lock or the database is busy (try later), 1 other failure.
            """)

    @OptionGroup var global: GlobalOptions

    @Option(help: "Inbox folder (default: inbox.path from the configuration).")
    var inbox: String?

    @Flag(help: "Validate and report what would happen; change nothing, move nothing.")
    var dryRun = false

    @Flag(help: "Print a JSON summary on stdout.")
    var json = false

    func run() throws {
        try GangwayRunner.run(json: json) {
            let context = try CommandContext(options: global)
            let inboxURL =
                inbox.map {
                    Configuration.resolvePath($0, against: context.environment.workingDirectory, isDirectory: true)
                } ?? context.configuration.inbox.path
            guard FileManager.default.fileExists(atPath: inboxURL.path) else {
                throw CommandFailure("the inbox \(inboxURL.path) does not exist", exitCode: CommandFailure.usage)
            }
            let databaseURL = context.configuration.database.path
            // A dry run changes nothing, not even by creating a database: with none yet, it
            // validates against an empty catalog in memory.
            let database =
                dryRun && !FileManager.default.fileExists(atPath: databaseURL.path)
                ? try AppDatabase.inMemory() : try context.openDatabase()
            let lock: JobLock?
            if dryRun {
                lock = nil
            } else {
                let lockURL = JobLock.url(forJob: "import", database: databaseURL)
                guard let acquired = try JobLock.acquire(name: "import", at: lockURL) else {
                    try database.recordSkippedRun("import", at: context.clock.now())
                    throw CommandFailure(
                        "another import is running (lock \(lockURL.path)); skipped",
                        exitCode: CommandFailure.temporaryFailure)
                }
                lock = acquired
            }
            defer { lock?.release() }
            let startedAt = context.clock.now()
            let runID = dryRun ? nil : try database.startJobRun("import", at: startedAt)
            let job = ImportJob(
                configuration: context.configuration, database: database, inbox: InboxFolder(root: inboxURL),
                clock: context.clock, dryRun: dryRun, fault: context.environment.variables["GANGWAY_FAULT"],
                logger: context.logger)
            var report: ImportRunReport
            do {
                report = try job.run()
            } catch {
                if let runID {
                    let failure = GangwayRunner.failure(for: error)
                    try? database.finishJobRun(
                        runID, outcome: "failed", exitCode: Int(failure.exitCode),
                        summary: "{\"error\":\(jsonString(failure.message))}", at: context.clock.now())
                }
                throw error
            }
            report.startedAt = startedAt
            report.finishedAt = context.clock.now()
            let exitCode: Int32 = report.rejected > 0 ? CommandFailure.dataError : 0
            if let runID {
                let summary =
                    "{\"applied\":\(report.applied),\"duplicates\":\(report.duplicates),\"rejected\":\(report.rejected)}"
                try database.finishJobRun(
                    runID, outcome: report.rejected > 0 ? "rejected" : "ok", exitCode: Int(exitCode), summary: summary,
                    at: report.finishedAt ?? startedAt)
            }
            if json {
                try context.printJSON(report)
            } else {
                print(report, context: context)
            }
            return exitCode
        }
    }

    private func print(_ report: ImportRunReport, context: CommandContext) {
        let language = context.configuration.operator.language
        for name in report.recovered {
            context.report(
                language.pick(
                    "восстановлен файл после прерванного запуска: \(name)",
                    "recovered a file from an interrupted run: \(name)"))
        }
        if report.files.isEmpty && report.waiting.isEmpty {
            context.print(
                language.pick("входящая папка пуста: нечего импортировать", "the inbox is empty: nothing to import"))
        }
        if !report.waiting.isEmpty {
            let names = report.waiting.joined(separator: ", ")
            context.print(
                language.pick(
                    "ещё записываются, оставлены до следующего запуска: \(names)",
                    "still being written, left for the next run: \(names)"))
        }
        for file in report.files {
            context.print(file.line(in: language))
            let problems = file.errors + file.warnings
            for problem in problems.prefix(20) { context.report("  " + problem) }
            if problems.count > 20 {
                context.report(
                    language.pick("  … и ещё \(problems.count - 20)", "  … and \(problems.count - 20) more"))
            }
        }
    }
}

/// `value` as a JSON string literal.
func jsonString(_ value: String) -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = .withoutEscapingSlashes
    let data = (try? encoder.encode(value)) ?? Data("\"\"".utf8)
    return String(decoding: data, as: UTF8.self)
}
