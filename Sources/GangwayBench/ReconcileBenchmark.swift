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

/// A run whose result is not what the seeding implies.
struct ReconcileBenchFailure: Error, CustomStringConvertible {
    var description: String

    init(_ message: String) { description = "reconcile failed: \(message)" }
}

/// What the benchmark seeds and what the registry says, order by order: most rows match their
/// recorded payment; 3 % were paid a different amount; 1 % of the orders are missing from the
/// registry, and their places are taken by rows the store cannot match to a recorded payment —
/// half name no existing order, half pay an already-paid order a second time. So the registry has
/// exactly as many rows as there are orders, and every classification path runs.
struct RegistryPlan {
    /// The registry's day (Moscow) and 00:00 UTC of it.
    static let day = "2026-11-25"
    static let dayStart: Int64 = 1_795_564_800
    /// 03:00 Moscow (00:00 UTC): payments run from here to 23:59:59, all on the registry's day.
    static let firstSecond = 3 * 3_600
    static let lastSecond = 24 * 3_600 - 1

    let orders: Int

    var rows: Int { orders }

    /// What an order (0 ..< orders) is in the registry.
    enum Fate {
        case matched, amountDiffers, missing
    }

    func fate(_ index: Int) -> Fate {
        switch index % 100 {
        case 37: .missing
        case 11, 52, 83: .amountDiffers
        default: .matched
        }
    }

    var missingCount: Int { Self.count(orders, remainders: [37]) }
    var differsCount: Int { Self.count(orders, remainders: [11, 52, 83]) }

    /// The unmatched rows that take the missing orders' places: even ones name no order, odd ones
    /// pay an order a second time.
    var noOrderCount: Int { (missingCount + 1) / 2 }
    var paidTwiceCount: Int { missingCount / 2 }

    var expectedOutcomes: [String: Int] {
        let counts = [
            "matched": orders - missingCount - differsCount, "amount_differs": differsCount,
            "missing_from_export": missingCount, "no_order": noOrderCount, "paid_twice": paidTwiceCount,
        ]
        return counts.filter { $0.value > 0 }
    }

    private static func count(_ total: Int, remainders: [Int]) -> Int {
        remainders.reduce(0) { sum, remainder in sum + (total > remainder ? (total - 1 - remainder) / 100 + 1 : 0) }
    }

    /// Order `index` as seeded: its recorded payment took its total.
    func order(_ index: Int) -> BenchmarkPaidOrder {
        let total = Self.total(index)
        let second = second(index)
        let utc = second - 3 * 3_600
        return BenchmarkPaidOrder(
            code: Self.code(index), paymentID: Self.paymentID(index, extra: false), total: total,
            net: Self.net(total), occurredAt: "\(Self.day)T\(Self.clock(utc))Z",
            createdAt: Self.dayStart + Int64(utc) - 120)
    }

    /// Second of the Moscow day row `index` was paid at, spread over 03:00–23:59:59.
    func second(_ index: Int) -> Int {
        Self.firstSecond + Int(Int64(index) * Int64(Self.lastSecond - Self.firstSecond) / Int64(max(orders - 1, 1)))
    }

    /// Prices of 500 to 4,950 roubles in steps of 50, and one in seven with kopecks (a discount).
    static func total(_ index: Int) -> Int64 {
        let mixed = (UInt64(index) &* 2_654_435_761) >> 7
        let roubles = Int64(500 + (mixed % 90) * 50)
        return roubles * 100 - (index % 7 == 3 ? 55 : 0)
    }

    /// ЮKassa's commission: 3 % of the gross and 22 % VAT on it.
    static func commission(_ gross: Int64) -> Int64 { (gross * 3 + 50) / 100 }
    static func commissionVAT(_ gross: Int64) -> Int64 { (commission(gross) * 22 + 50) / 100 }
    static func net(_ gross: Int64) -> Int64 { gross - commission(gross) - commissionVAT(gross) }

    private static let alphabet = Array("23456789ABCDEFGHJKLMNPQRSTUVWXYZ".utf8)

    /// `GW-` and 8 symbols: `index` scrambled by an odd multiplier modulo 32⁸, so distinct indexes
    /// give distinct codes in no visible order.
    static func code(_ index: Int) -> String {
        var value = (UInt64(index) &* 0x9E37_79B9_7F4A_7C15 &+ 0x2545_F491) & ((1 << 40) - 1)
        var bytes = Array("GW-00000000".utf8)
        for position in stride(from: 10, through: 3, by: -1) {
            bytes[position] = alphabet[Int(value & 31)]
            value >>= 5
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// A ЮKassa-shaped payment id (`30000000-000f-5000-8000-…`), distinct per index; `extra`
    /// ids (rows with no recorded payment) start with 4 instead of 3.
    static func paymentID(_ index: Int, extra: Bool) -> String {
        let head = hex(UInt64((extra ? 0x4000_0000 : 0x3000_0000) + index), digits: 8)
        let tail = hex((UInt64(index) &* 0xD6E8_FEB8_6659_FD93) & 0xFFFF_FFFF_FFFF, digits: 12)
        return head + "-000f-5000-" + (index % 2 == 0 ? "8000" : "9000") + "-" + tail
    }

    private static func hex(_ value: UInt64, digits: Int) -> String {
        let symbols = Array("0123456789abcdef".utf8)
        var bytes = [UInt8](repeating: 0, count: digits)
        var rest = value
        for position in stride(from: digits - 1, through: 0, by: -1) {
            bytes[position] = symbols[Int(rest & 15)]
            rest >>= 4
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// `HH:MM:SS`.
    static func clock(_ second: Int) -> String {
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return "\(two(second / 3_600)):\(two(second / 60 % 60)):\(two(second % 60))"
    }

    /// `1234.56`.
    static func money(_ kopecks: Int64) -> String {
        let part = kopecks % 100
        return "\(kopecks / 100).\(part < 10 ? "0" : "")\(part)"
    }
}

/// Writes a plan's registry as ЮKassa's personal account exports it (UTF-8, `;`, Russian
/// headers, Moscow times), through a 1 MiB buffer, with the footer its rows add up to.
enum RegistryFileWriter {
    /// Returns the file's size in bytes.
    static func write(_ plan: RegistryPlan, to url: URL) throws -> Int {
        guard FileManager.default.createFile(atPath: url.path, contents: nil),
            let handle = FileHandle(forWritingAtPath: url.path)
        else { throw BenchError.setup("cannot create \(url.path)") }
        defer { try? handle.close() }
        var buffer: [UInt8] = []
        buffer.reserveCapacity(1 << 20 + 4_096)
        var written = 0
        func flush() throws {
            try handle.write(contentsOf: buffer)
            written += buffer.count
            buffer.removeAll(keepingCapacity: true)
        }
        func line(_ text: String) throws {
            buffer.append(contentsOf: text.utf8)
            buffer.append(contentsOf: [0x0D, 0x0A])
            if buffer.count >= 1 << 20 { try flush() }
        }
        let date = "25.11.2026"
        try line("РЕЕСТР ПЛАТЕЖЕЙ ПО ДОГОВОРУ 123456/26 (654321)")
        try line("Дата платежей: \(RegistryPlan.day)")
        try line(
            "Идентификатор платежа;Сумма платежа;Валюта платежа;Сумма за вычетом комиссии и НДС;"
                + "Сумма комиссии без НДС;Время платежа;Описание;Тип платежа;НДС с комиссии")
        let methods = ["AC", "SB", "AC", "CP", "AC"]
        var total: Int64 = 0
        var count = 0
        var extra = 0
        for index in 0..<plan.orders {
            let paymentID: String
            let gross: Int64
            let description: String
            switch plan.fate(index) {
            case .matched, .amountDiffers:
                let order = plan.order(index)
                paymentID = order.paymentID
                gross = plan.fate(index) == .amountDiffers ? order.total - 5_000 : order.total
                description =
                    index % 20 == 3
                    ? "оплата заказа " + order.code.lowercased().replacingOccurrences(of: "-", with: " ")
                    : "Заказ " + order.code
            case .missing:
                // In its place: a payment with no recorded payment behind it.
                paymentID = RegistryPlan.paymentID(extra, extra: true)
                gross = RegistryPlan.total(index + 1)
                if extra % 2 == 0 {
                    // An order code nobody was given (beyond the seeded ones).
                    description = "Заказ " + RegistryPlan.code(plan.orders + extra)
                } else {
                    // A second payment for an order that matched (remainder 0: never missing or differing).
                    description = "Заказ " + RegistryPlan.code((extra * 7_919) % (plan.orders / 100) * 100)
                }
                extra += 1
            }
            let commission = RegistryPlan.commission(gross)
            let vat = RegistryPlan.commissionVAT(gross)
            try line(
                paymentID + ";" + RegistryPlan.money(gross) + ";RUB;" + RegistryPlan.money(gross - commission - vat)
                    + ";"
                    + RegistryPlan.money(commission) + ";" + date + " " + RegistryPlan.clock(plan.second(index)) + ";"
                    + description + ";" + methods[index % methods.count] + ";" + RegistryPlan.money(vat))
            total += gross
            count += 1
        }
        try line("")
        try line("Сумма принятых платежей: \(RegistryPlan.money(total)) RUB")
        try line("Число платежей: \(count)")
        try flush()
        return written
    }
}
