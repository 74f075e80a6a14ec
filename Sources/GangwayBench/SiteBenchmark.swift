import Foundation
import GangwayCore

/// `gangway-bench site`: imports a generated catalog with the release `gangway`, then times
/// `gangway site build --json` as a child process three times: in full into an empty folder,
/// again with nothing changed, and after a schedule file cancels one sailing. Fails when a build
/// fails or writes the wrong pages; a missed goal is only reported.
struct SiteBenchmark {
    let options: BenchOptions

    /// Hugo 0.111 on this machine, 10,000 sailings × 3 languages (issue 3): 52–65 s, 2 GB.
    static let hugoSeconds = 52.0
    static let incrementalGoal = 0.5
    static let memoryGoalMB = 500.0
    /// The catalog's sailings depart from 2031-04-01; the clock is set before, so all are on sale.
    static let now = "2031-03-01T09:00:00Z"

    func run() throws {
        let gangway = try BenchSetup.locateGangway(options)
        let templates = try locateTemplates()
        let machine = MachineFacts.current()
        let (work, inbox, logs) = try BenchSetup.workspace(options)
        defer {
            if options.keep == nil { try? FileManager.default.removeItem(at: work) }
        }
        var environment = BenchSetup.environment(
            database: work.appendingPathComponent("gangway.sqlite"), inbox: inbox, work: work)
        environment["GANGWAY_NOW"] = Self.now
        environment["GANGWAY_SITE_TEMPLATES_PATH"] = templates.path

        let catalog = try BenchCatalog(sailings: options.sailings, layouts: options.layouts, seats: options.seats)
        let files = [
            ("01-piers.csv", BenchCSVWriter.piers(catalog.piers)),
            ("02-layouts.csv", BenchCSVWriter.layouts(catalog.layouts)),
            ("03-vessels.csv", BenchCSVWriter.vessels(catalog.vessels)),
            ("04-products.csv", BenchCSVWriter.products(catalog.products)),
            ("05-schedule.csv", BenchCSVWriter.schedule(catalog.rules)),
        ]
        for (name, text) in files { try BenchSetup.write(text, to: inbox.appendingPathComponent(name)) }
        BenchSetup.log("importing \(catalog.sailingCount) sailings …")
        try importInbox(gangway, environment, logs, label: "import")

        let site = work.appendingPathComponent("site", isDirectory: true)
        let build = { (label: String, full: Bool) throws -> (ChildProcess.Result, BuildOutput) in
            let arguments = ["site", "build", "--out", site.path, "--json"] + (full ? ["--full"] : [])
            let result = try ChildProcess(executable: gangway, arguments: arguments, environment: environment)
                .run(label: label, outputIn: logs)
            guard result.succeeded else {
                throw BenchError.siteFailed("gangway site build ended with \(result.ending): \(result.stderr)")
            }
            do {
                return (result, try JSONDecoder().decode(BuildOutput.self, from: result.stdout))
            } catch {
                throw BenchError.siteFailed("gangway site build printed no summary: \(error)")
            }
        }

        BenchSetup.log("site build 1/3: everything, into an empty folder …")
        let (full, fullOutput) = try build("site-full", true)
        let pages = fullOutput.summary.written
        guard pages >= 3 * catalog.sailingCount, fullOutput.summary.unchanged == 0 else {
            throw BenchError.siteFailed(
                "the full build wrote \(pages) files (\(fullOutput.summary.unchanged) unchanged) for "
                    + "\(catalog.sailingCount) sailings in 3 languages")
        }

        BenchSetup.log("site build 2/3: nothing changed …")
        let (again, againOutput) = try build("site-again", false)
        guard againOutput.summary.written == 0, againOutput.summary.removed == 0 else {
            throw BenchError.siteFailed("nothing changed, yet \(againOutput.summary.written) files were written")
        }

        BenchSetup.log("site build 3/3: one sailing cancelled …")
        let (cancelledID, cancellation) = try cancellation(of: catalog)
        try BenchSetup.write(cancellation, to: inbox.appendingPathComponent("06-cancel-one.csv"))
        try importInbox(gangway, environment, logs, label: "import-cancel")
        let (incremental, incrementalOutput) = try build("site-one-change", false)
        let written = incrementalOutput.summary.writtenPaths
        for language in ["ru", "en", "zh"] where !written.contains("\(language)/sailings/\(cancelledID)/index.html") {
            throw BenchError.siteFailed(
                "the page of the cancelled sailing \(cancelledID) in \(language) was not rewritten")
        }
        guard written.count < 100 else {
            throw BenchError.siteFailed("one cancelled sailing rewrote \(written.count) files")
        }

        let bytes = Self.folderBytes(site)
        let rows = [
            Row(name: "full build, empty folder", result: full, output: fullOutput),
            Row(name: "again, nothing changed", result: again, output: againOutput),
            Row(name: "after one sailing cancelled", result: incremental, output: incrementalOutput),
        ]
        print(
            render(
                rows, catalog: catalog, machine: machine, pages: pages, bytes: bytes,
                changed: written))
        if let keep = options.keep { BenchSetup.log("kept the inbox, the database, the site and the logs in \(keep)") }
    }

    // MARK: Steps

    private func importInbox(_ gangway: URL, _ environment: [String: String], _ logs: URL, label: String) throws {
        let result = try ChildProcess(executable: gangway, arguments: ["import", "--json"], environment: environment)
            .run(label: label, outputIn: logs)
        guard result.succeeded else {
            throw BenchError.importFailed("gangway import ended with \(result.ending): \(result.stderr)")
        }
    }

    /// A schedule file for the first vessel's product on its eleventh day: the same departures
    /// and prices, one of them cancelled. Returns the cancelled sailing's id and the file.
    private func cancellation(of catalog: BenchCatalog) throws -> (String, String) {
        guard let rule = catalog.rules.first, case .range(let from, let to, _, _) = rule.dates,
            to.dayNumber - from.dayNumber >= 10, let cancelled = rule.times.dropFirst(2).first
        else {
            throw BenchError.usage("the site benchmark needs at least 11 days of sailings on the first vessel")
        }
        let day = from.adding(days: 10)
        let columns = ["adult", "child", "concession", "adult@vip", "child@vip"]
        var prices: [String: String] = [:]
        for entry in rule.prices.entries {
            prices[entry.tier + (entry.category.map { "@" + $0 } ?? "")] = BenchCSVWriter.money(entry.amount)
        }
        let row = { (times: [ServiceTime], status: String) in
            ([
                rule.productID, rule.vesselID, rule.pierID, times.map(\.description).joined(separator: " "), "\(day)",
                status,
            ]
                + columns.map { prices[$0] ?? "" }).joined(separator: ";")
        }
        let lines = [
            "product_id;vessel_id;pier_id;times;date;status;" + columns.map { "price_" + $0 }.joined(separator: ";"),
            row(rule.times.filter { $0 != cancelled }, "scheduled"),
            row([cancelled], "cancelled"),
        ]
        let id = SailingPlan.makeID(productID: rule.productID, date: day, time: cancelled, vesselID: rule.vesselID)
        return (id, lines.joined(separator: "\r\n") + "\r\n")
    }

    /// `--templates`, or `templates/` of the working directory the benchmark was started in.
    private func locateTemplates() throws -> URL {
        let url = URL(fileURLWithPath: options.templates ?? "templates", isDirectory: true).standardizedFileURL
        guard FileManager.default.fileExists(atPath: url.appendingPathComponent("site").path) else {
            throw BenchError.setup("no site templates in \(url.path): run from the repository or pass --templates DIR")
        }
        return url
    }

    private static func folderBytes(_ folder: URL) -> Int64 {
        var total: Int64 = 0
        let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.fileSizeKey])
        while let url = enumerator?.nextObject() as? URL {
            total += Int64((try? url.resourceValues(forKeys: [.fileSizeKey]).fileSize) ?? 0)
        }
        return total
    }

    // MARK: Report

    /// The part of `gangway site build --json` the benchmark reads.
    struct BuildOutput: Decodable {
        struct Summary: Decodable {
            var written: Int
            var unchanged: Int
            var removed: Int
            var rendered: Int
            var writtenPaths: [String]

            enum CodingKeys: String, CodingKey {
                case written, unchanged, removed, rendered
                case writtenPaths = "written_paths"
            }
        }
        var summary: Summary
    }

    struct Row {
        var name: String
        var result: ChildProcess.Result
        var output: BuildOutput
    }

    private func render(
        _ rows: [Row], catalog: BenchCatalog, machine: MachineFacts, pages: Int, bytes: Int64, changed: [String]
    ) -> String {
        let format = BenchReport.format
        var lines = [
            "gangway-bench site: \(BenchReport.grouped(catalog.sailingCount)) sailings × 3 languages, "
                + "\(catalog.vessels.count) vessels with \(options.seats)-seat maps, "
                + "\(BenchReport.grouped(pages)) files, \(format(Double(bytes) / 1_048_576, 0)) MB",
            "machine: \(machine.line)",
            "",
        ]
        let header = ["build", "seconds", "written", "unchanged", "rendered", "peak MB", "cpu s"]
        var table = [header]
        for row in rows {
            let summary = row.output.summary
            table.append([
                row.name, format(row.result.seconds, 3), BenchReport.grouped(summary.written),
                BenchReport.grouped(summary.unchanged), BenchReport.grouped(summary.rendered),
                format(Double(row.result.peakKiB) / 1_024, 1),
                format(row.result.userSeconds + row.result.systemSeconds, 2),
            ])
        }
        let widths = header.indices.map { column in table.map { $0[column].count }.max() ?? 0 }
        for row in table {
            let cells = row.enumerated().map { column, cell in
                let pad = String(repeating: " ", count: widths[column] - cell.count)
                return column == 0 ? cell + pad : pad + cell
            }
            lines.append(cells.joined(separator: "  ").trimmingCharacters(in: .whitespaces))
        }
        lines.append("")
        lines.append("written after the cancellation: " + changed.joined(separator: ", "))
        let fullSeconds = rows[0].result.seconds
        let peak = rows.map { Double($0.result.peakKiB) / 1_024 }.max() ?? 0
        let goals: [(String, Bool, String)] = [
            (
                "full build at least 3× faster than Hugo (\(format(Self.hugoSeconds, 0)) s)",
                fullSeconds * 3 <= Self.hugoSeconds, "\(format(Self.hugoSeconds / fullSeconds, 1))× faster"
            ),
            (
                "rebuild after one change under \(format(Self.incrementalGoal, 1)) s",
                rows[2].result.seconds < Self.incrementalGoal, "\(format(rows[2].result.seconds, 3)) s"
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
