import ArgumentParser
import Foundation
import GangwayCore
import GangwayNotify
import GangwayPayments
import GangwayServer
import GangwayStore

/// `gangway reconcile [--inbox DIR] [FILE …] [--json] [--fail-on-discrepancy]`
struct ReconcileRunCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Read payment exports and reconcile them against orders (the default).",
        discussion: """
            Reads ЮKassa payment and refund registries (CSV or XLSX) and saved ЮMoney wallet history (JSON), \
            named on the command line (read in place) or, without files, found in the inbox by their content \
            (archived to inbox/processed/DATE/, or rejected to inbox/rejected/ with NAME.errors.txt; operator \
            files are left for gangway import). A file seen before is a duplicate; a row seen before (an \
            overlapping period) counts once. Every new row is matched and classified, and the report of the \
            days the inputs cover is written to outbox/reconciliation/DATE.csv and .html. Exit 0 when the run \
            worked, even with discrepancies (65 with --fail-on-discrepancy when some are unresolved); 65 when an \
            input was rejected; 75 when another run holds the lock. With --from-api (and --from/--to) the \
            ЮKassa payments and refunds of those days are fetched from the API too (GANGWAY_YOOKASSA_SHOP_ID and \
            GANGWAY_YOOKASSA_SECRET_KEY; 69 when it cannot be reached).
            """)

    @OptionGroup var global: GlobalOptions

    @Option(help: "The inbox to take exports from (default: inbox.path).")
    var inbox: String?

    @Argument(help: "Export files to read in place (default: the exports in the inbox).")
    var files: [String] = []

    @Option(help: "With --to: the days (YYYY-MM-DD, Moscow) a wallet history covers, instead of its operations' span.")
    var from: String?

    @Option(help: "The last day a wallet history covers (see --from).")
    var to: String?

    @Flag(help: "Also fetch the ЮKassa payments and refunds of --from … --to from the API.")
    var fromAPI = false

    @Flag(help: "Print the summary as JSON.")
    var json = false

    @Flag(help: "Exit 65 when the report lists discrepancies nobody has resolved yet.")
    var failOnDiscrepancy = false

    func run() async throws {
        try await GangwayRunner.runAsync(json: json) {
            let context = try CommandContext(options: global)
            let configuration = context.configuration
            let database = try context.openDatabase(create: false)
            let lock = try JobLock.acquire(
                name: "reconcile", at: JobLock.url(forJob: "reconcile", database: configuration.database.path))
            guard let lock else {
                try database.recordSkippedRun("reconcile", at: context.clock.now())
                throw CommandFailure(
                    "another reconcile run is busy; skipped", exitCode: CommandFailure.temporaryFailure)
            }
            defer { lock.release() }
            let urls = files.map {
                Configuration.resolvePath($0, against: context.environment.workingDirectory, isDirectory: false)
            }
            for url in urls where !FileManager.default.fileExists(atPath: url.path) {
                throw CommandFailure("\(url.path): no such file", exitCode: CommandFailure.usage)
            }
            let inboxURL =
                inbox.map {
                    Configuration.resolvePath($0, against: context.environment.workingDirectory, isDirectory: true)
                } ?? configuration.inbox.path
            if urls.isEmpty, !FileManager.default.fileExists(atPath: inboxURL.path) {
                throw CommandFailure("the inbox \(inboxURL.path) does not exist", exitCode: CommandFailure.usage)
            }
            var period: ClosedRange<LocalDate>?
            if from != nil || to != nil {
                guard let first = from.flatMap(LocalDate.init(parsing:)),
                    let last = to.flatMap(LocalDate.init(parsing:)),
                    first <= last, last.dayNumber - first.dayNumber < 366
                else {
                    throw CommandFailure(
                        "--from and --to must both be dates YYYY-MM-DD, --from not after --to, at most a year apart",
                        exitCode: CommandFailure.usage)
                }
                period = first...last
            }
            var fetched: (file: ExportFileRecord, rows: [ExportRecord])?
            if fromAPI {
                guard let period else {
                    throw CommandFailure("--from-api needs --from and --to", exitCode: CommandFailure.usage)
                }
                let operations = try context.yookassaOperations(database)
                do {
                    fetched = try await operations.fetchExports(days: period)
                } catch let error as YooKassaError {
                    throw CommandFailure(
                        "\(error)", exitCode: error.isRetryable ? CommandFailure.unavailable : CommandFailure.dataError)
                }
            }
            let runID = try database.startJobRun("reconcile", at: context.clock.now())
            var job = ReconcileJob(
                database: database, clock: context.clock,
                policy: ReconcilePolicy(
                    confirmPaidOrders: configuration.reconcile.paidOrders == .confirm,
                    walletFeeBasisPoints: Int64(configuration.reconcile.walletFeeMaxBasisPoints)),
                outbox: configuration.outbox.path, logger: context.logger, confirmations: spooler(context, database))
            job.period = period
            let report: ReconcileRunReport
            do {
                report = try job.run(
                    files: urls,
                    inbox: urls.isEmpty && !fromAPI ? InboxFolder(root: inboxURL, claims: ".reconciling") : nil,
                    settleSeconds: configuration.import.settleSeconds, fetched: fetched)
            } catch {
                let failure = GangwayRunner.failure(for: error)
                try? database.finishJobRun(
                    runID, outcome: "failed", exitCode: Int(failure.exitCode), summary: "{}", at: context.clock.now())
                throw error
            }
            let rejected = report.files.filter { $0.outcome == .rejected }
            let exitCode: Int32 =
                !rejected.isEmpty || (failOnDiscrepancy && report.unresolved > 0) ? CommandFailure.dataError : 0
            try database.finishJobRun(
                runID, outcome: exitCode == 0 ? "ok" : "attention", exitCode: Int(exitCode), summary: report.json,
                at: context.clock.now())
            if json {
                context.print(report.json)
            } else {
                print(report, context: context)
            }
            return exitCode
        }
    }

    /// The confirmation spooler for orders an export proves paid; without the mail templates,
    /// none (a warning says so, and the order pages still show the tickets).
    private func spooler(_ context: CommandContext, _ database: AppDatabase) -> ConfirmationSpooler? {
        let configuration = context.configuration
        let composer: ConfirmationComposer
        do {
            composer = try ConfirmationComposer(
                templates: configuration.site.templates,
                from: MailAddress(address: configuration.mailSender))
        } catch {
            context.logger.warning(
                "confirmation e-mails are off: the mail templates cannot be read",
                metadata: ["templates": .string(configuration.site.templates.path)])
            return nil
        }
        return ConfirmationSpooler(
            database: database, composer: composer,
            spool: MailSpool(folder: configuration.outbox.path.appendingPathComponent("mail", isDirectory: true)),
            origin: configuration.site.baseURL, clock: context.clock)
    }

    private func print(_ report: ReconcileRunReport, context: CommandContext) {
        if report.files.isEmpty { context.print("reconcile: no payment exports to read") }
        for file in report.files {
            switch file.outcome {
            case .read:
                context.print(
                    "\(file.file): \(file.kind ?? "?"), \(file.rows ?? 0) rows (\(file.newRows ?? 0) new)"
                        + (file.movedTo.map { " → \($0)" } ?? ""))
            case .duplicate:
                context.print("\(file.file): read before, nothing new" + (file.movedTo.map { " → \($0)" } ?? ""))
            case .rejected:
                context.report("gangway: \(file.file): rejected: \(file.error ?? "")")
            }
        }
        let added = report.added.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }
        if !added.isEmpty { context.print("found: " + added.joined(separator: ", ")) }
        if !report.confirmedOrders.isEmpty {
            context.print("confirmed from the exports: " + report.confirmedOrders.joined(separator: ", "))
        }
        if let html = report.report["html"] {
            context.print(
                "report: \(html) — \(report.discrepancies) discrepancies, \(report.unresolved) unresolved")
        }
    }
}
