import Foundation
import GangwayCore
import GangwayStore

/// `gangway-bench reconcile`: seeds a fresh database with `--rows` paid orders (each with its
/// ЮKassa payment), writes a ЮKassa payment registry of as many rows for their day (streamed to
/// disk, never held whole), then runs the release `gangway reconcile FILE --json` on it as a child
/// process twice: the first read (every row loaded, classified, the report written) and the same
/// file again (a duplicate: nothing may be added). Prints wall time, CPU time and the child's peak
/// memory against issue 6's goals. Fails when a run does not report exactly what the seeding
/// implies, so a figure cannot come from a run that did nothing; a missed goal is only reported.
struct ReconcileBenchmark {
    let options: BenchOptions

    static let secondsGoal = 10.0
    static let memoryGoalMB = 300.0
    /// The clock of the child runs: the morning after the registry's day (Moscow), so the report
    /// is `outbox/reconciliation/2026-11-26.csv|.html`.
    static let now = "2026-11-26T07:00:00Z"
    static let reportStem = "2026-11-26"

    func run() throws {
        let gangway = try BenchSetup.locateGangway(options)
        let machine = MachineFacts.current()
        let (work, inbox, logs) = try BenchSetup.workspace(options)
        defer {
            if options.keep == nil { try? FileManager.default.removeItem(at: work) }
        }
        let plan = RegistryPlan(orders: options.rows)
        let databaseURL = work.appendingPathComponent("gangway.sqlite")
        let registry = work.appendingPathComponent("registry-2026-11-25.csv")
        let clock = ContinuousClock()

        BenchSetup.log("seeding \(BenchReport.grouped(plan.orders)) paid orders with their payments …")
        var start = clock.now
        try seed(plan, at: databaseURL)
        let seedSeconds = ChildProcess.seconds(clock.now - start)

        BenchSetup.log("writing the registry: \(BenchReport.grouped(plan.orders)) rows …")
        start = clock.now
        let bytes = try RegistryFileWriter.write(plan, to: registry)
        let writeSeconds = ChildProcess.seconds(clock.now - start)

        var environment = BenchSetup.environment(database: databaseURL, inbox: inbox, work: work)
        environment["GANGWAY_NOW"] = Self.now
        let child = ChildProcess(
            executable: gangway, arguments: ["reconcile", registry.path, "--json"], environment: environment)

        BenchSetup.log("reconcile 1/2: the registry, new …")
        let first = try child.run(label: "reconcile-1", outputIn: logs)
        let firstSummary = try check(first, label: "reconcile 1/2")
        try checkFirst(firstSummary, plan: plan, outbox: work.appendingPathComponent("outbox"))

        BenchSetup.log("reconcile 2/2: the same file again …")
        let second = try child.run(label: "reconcile-2", outputIn: logs)
        let secondSummary = try check(second, label: "reconcile 2/2")
        try checkDuplicate(secondSummary)

        print(
            render(
                plan: plan, machine: machine, bytes: bytes, seedSeconds: seedSeconds, writeSeconds: writeSeconds,
                runs: [
                    ("reconcile, new registry", first, Self.describe(firstSummary, plan: plan)),
                    ("again, same file", second, "duplicate: nothing read into the store, nothing added"),
                ]))
        if let keep = options.keep {
            BenchSetup.log("kept the database, the registry, the outbox and the logs in \(keep)")
        }
    }

    // MARK: Setup

    /// A fresh database, migrated as every command opens it, with the plan's orders; closed
    /// (and its WAL folded in) before the child opens it.
    private func seed(_ plan: RegistryPlan, at url: URL) throws {
        guard !FileManager.default.fileExists(atPath: url.path) else {
            throw BenchError.setup("\(url.path) already exists: the benchmark needs a fresh database")
        }
        let database = try AppDatabase.open(at: url)
        let seeded = try database.seedPaidOrders(count: plan.orders, now: RegistryPlan.dayStart) { plan.order($0) }
        guard seeded >= 2 * plan.orders else {
            throw BenchError.setup("seeding wrote \(seeded) rows for \(plan.orders) orders")
        }
    }

    // MARK: Checks

    /// The part of `gangway reconcile --json` the benchmark reads.
    struct Summary: Decodable {
        struct File: Decodable {
            var file: String
            var outcome: String
            var rows: Int?
            var newRows: Int?
            var error: String?

            enum CodingKeys: String, CodingKey {
                case file, outcome, rows, error
                case newRows = "new_rows"
            }
        }
        var files: [File]
        var days: [String]
        var added: [String: Int]
        var confirmedOrders: [String]
        var discrepancies: Int
        var unresolved: Int
        var report: [String: String]

        enum CodingKeys: String, CodingKey {
            case files, days, added, discrepancies, unresolved, report
            case confirmedOrders = "confirmed_orders"
        }
    }

    private func check(_ result: ChildProcess.Result, label: String) throws -> Summary {
        guard result.succeeded else {
            let tail = result.stderr.split(separator: "\n").suffix(5).joined(separator: " | ")
            let out = String(decoding: result.stdout.prefix(600), as: UTF8.self)
            throw ReconcileBenchFailure("\(label): gangway reconcile ended with \(result.ending): \(tail) \(out)")
        }
        do {
            return try JSONDecoder().decode(Summary.self, from: result.stdout)
        } catch {
            let out = String(decoding: result.stdout.prefix(600), as: UTF8.self)
            throw ReconcileBenchFailure("\(label): gangway reconcile printed no summary (\(error)): \(out)")
        }
    }

    /// Every row read and new, every outcome counted as the seeding implies, the report written.
    private func checkFirst(_ summary: Summary, plan: RegistryPlan, outbox: URL) throws {
        guard summary.files.count == 1, let file = summary.files.first else {
            throw ReconcileBenchFailure("reconcile 1/2 reported \(summary.files.count) files, expected 1")
        }
        guard file.outcome == "read", file.rows == plan.rows, file.newRows == plan.rows else {
            throw ReconcileBenchFailure(
                "reconcile 1/2: \(file.file) \(file.outcome), \(file.rows ?? 0) rows (\(file.newRows ?? 0) new)"
                    + "\(file.error.map { ": " + $0 } ?? ""); expected \(plan.rows) rows, all new")
        }
        guard summary.added == plan.expectedOutcomes else {
            throw ReconcileBenchFailure(
                "reconcile 1/2 found \(Self.sorted(summary.added)); expected \(Self.sorted(plan.expectedOutcomes))")
        }
        let attention = plan.expectedOutcomes.filter { $0.key != "matched" }.values.reduce(0, +)
        guard summary.discrepancies == attention, summary.unresolved == attention, summary.confirmedOrders.isEmpty,
            summary.days == ["yookassa \(RegistryPlan.day)"]
        else {
            throw ReconcileBenchFailure(
                "reconcile 1/2: \(summary.discrepancies) discrepancies (\(summary.unresolved) unresolved), "
                    + "\(summary.confirmedOrders.count) orders confirmed, days \(summary.days); expected \(attention), "
                    + "none confirmed, yookassa \(RegistryPlan.day)")
        }
        let folder = outbox.appendingPathComponent("reconciliation", isDirectory: true)
        for ext in ["csv", "html"] {
            let path = folder.appendingPathComponent("\(Self.reportStem).\(ext)").path
            let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? nil
            guard let size, size > 0, summary.report[ext] == path else {
                throw ReconcileBenchFailure("reconcile 1/2 wrote no report at \(path) (it reported \(summary.report))")
            }
        }
    }

    /// The same bytes again: a duplicate, and not one finding added.
    private func checkDuplicate(_ summary: Summary) throws {
        guard summary.files.count == 1, summary.files[0].outcome == "duplicate", summary.added.isEmpty,
            summary.confirmedOrders.isEmpty
        else {
            throw ReconcileBenchFailure(
                "reconcile 2/2: \(summary.files.map { "\($0.file) \($0.outcome)" }), found \(Self.sorted(summary.added))"
                    + "; expected a duplicate and nothing added")
        }
    }

    private static func sorted(_ counts: [String: Int]) -> String {
        counts.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ")
    }

    private static func describe(_ summary: Summary, plan: RegistryPlan) -> String {
        let order = ["matched", "amount_differs", "no_order", "paid_twice", "missing_from_export"]
        let counts = order.compactMap { key in summary.added[key].map { "\(key) \(BenchReport.grouped($0))" } }
        return "\(BenchReport.grouped(plan.rows)) rows read, all new; " + counts.joined(separator: ", ")
    }

    // MARK: Report

    private func render(
        plan: RegistryPlan, machine: MachineFacts, bytes: Int, seedSeconds: Double, writeSeconds: Double,
        runs: [(name: String, result: ChildProcess.Result, note: String)]
    ) -> String {
        let format = BenchReport.format
        var lines = [
            "gangway-bench reconcile: \(BenchReport.grouped(plan.rows)) ЮKassa registry rows "
                + "(\(format(Double(bytes) / 1_048_576, 0)) MB, CSV) against "
                + "\(BenchReport.grouped(plan.orders)) paid orders",
            "machine: \(machine.line)",
            "setup, not measured: \(format(seedSeconds, 2)) s seeding the orders and payments, "
                + "\(format(writeSeconds, 2)) s writing the registry",
            "",
        ]
        let header = ["run", "seconds", "rows/s", "peak MB", "cpu s", "what happened"]
        var table = [header]
        for run in runs {
            table.append([
                run.name, format(run.result.seconds, 3),
                BenchReport.grouped(Int((Double(plan.rows) / max(run.result.seconds, 1e-9)).rounded())),
                format(Double(run.result.peakKiB) / 1_024, 1),
                format(run.result.userSeconds + run.result.systemSeconds, 2), run.note,
            ])
        }
        lines += BenchReport.aligned(table)
        lines.append("")
        let seconds = runs[0].result.seconds
        let peak = runs.map { Double($0.result.peakKiB) / 1_024 }.max() ?? 0
        let goals: [(String, Bool, String)] = [
            (
                "\(BenchReport.grouped(plan.rows)) rows reconciled in under \(format(Self.secondsGoal, 0)) s",
                seconds < Self.secondsGoal, "\(format(seconds, 3)) s"
            ),
            ("peak memory under \(format(Self.memoryGoalMB, 0)) MB", peak < Self.memoryGoalMB, "\(format(peak, 1)) MB"),
        ]
        for (name, met, detail) in goals {
            lines.append("\(met ? "goal met   " : "goal missed"): \(name) — \(detail)")
        }
        lines.append("load average after: \(MachineFacts.loadAverage())")
        return lines.joined(separator: "\n")
    }
}
