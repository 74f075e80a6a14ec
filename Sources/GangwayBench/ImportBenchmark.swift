import Foundation

/// `gangway-bench import`: generates the inbox, runs the release `gangway import --json` on it
/// as a child process three times (the first import; the same schedule again with other bytes,
/// every sailing compared and unchanged; the schedule with every price changed, every sailing
/// updated), runs the floor as another child, and prints the table. Fails when an import does
/// not apply every file with the expected counts; a missed goal is only reported.
struct ImportBenchmark {
    let options: BenchOptions

    private static let firstFiles = ["01-piers.csv", "02-layouts.csv", "03-vessels.csv", "04-products.csv"]
    private static let schedule = "05-schedule.csv"
    private static let scheduleAgain = "06-schedule-same-sailings.csv"
    private static let schedulePrices = "07-schedule-prices-changed.csv"

    func run() throws {
        let gangway = try BenchSetup.locateGangway(options)
        let machine = MachineFacts.current()
        let (work, inbox, logs) = try BenchSetup.workspace(options)
        defer {
            if options.keep == nil { try? FileManager.default.removeItem(at: work) }
        }

        let catalog = try BenchCatalog(sailings: options.sailings, layouts: options.layouts, seats: options.seats)
        let generated = work.appendingPathComponent("generated", isDirectory: true)
        try FileManager.default.createDirectory(at: generated, withIntermediateDirectories: true)
        let clock = ContinuousClock()
        let start = clock.now
        let texts = [
            BenchCSVWriter.piers(catalog.piers), BenchCSVWriter.layouts(catalog.layouts),
            BenchCSVWriter.vessels(catalog.vessels), BenchCSVWriter.products(catalog.products),
            BenchCSVWriter.schedule(catalog.rules),
            BenchCSVWriter.schedule(catalog.rules, comment: "the same sailings again"),
            BenchCSVWriter.schedule(catalog.rules(priceRise: 100)),
        ]
        let names = Self.firstFiles + [Self.schedule, Self.scheduleAgain, Self.schedulePrices]
        for (name, text) in zip(names, texts) { try BenchSetup.write(text, to: generated.appendingPathComponent(name)) }
        let bytes = texts.prefix(5).reduce(0) { $0 + $1.utf8.count }
        BenchSetup.log(
            "generated the inbox files in \(BenchReport.format(ChildProcess.seconds(clock.now - start), 2)) s: "
                + "\(BenchReport.format(Double(bytes) / 1_048_576, 1)) MB for the first import, "
                + "\(catalog.rules.count) schedule rows, in \(generated.path)")

        let child = ChildProcess(
            executable: gangway, arguments: ["import", "--json"],
            environment: BenchSetup.environment(
                database: work.appendingPathComponent("gangway.sqlite"), inbox: inbox, work: work))
        var imports: [PhaseResult] = []

        BenchSetup.log("import 1/3: the whole catalog into an empty database …")
        for name in Self.firstFiles + [Self.schedule] { try BenchSetup.copy(name, from: generated, to: inbox) }
        let first = try child.run(label: "import-1", outputIn: logs)
        let firstSummary = try check(first, files: Self.firstFiles + [Self.schedule])
        try expect(firstSummary.total("sailings").added, catalog.sailingCount, "sailings added")
        try expect(firstSummary.total("layouts").added, catalog.layouts.count, "layouts added")
        try expect(firstSummary.total("vessels").added, catalog.vessels.count, "vessels added")
        imports.append(
            phase("import", first, rows: catalog.rowCount, note: "\(catalog.sailingCount) sailings added"))

        BenchSetup.log("import 2/3: the same schedule, other bytes …")
        try BenchSetup.copy(Self.scheduleAgain, from: generated, to: inbox)
        let second = try child.run(label: "import-2", outputIn: logs)
        let secondSummary = try check(second, files: [Self.scheduleAgain])
        try expect(secondSummary.total("sailings").unchanged, catalog.sailingCount, "sailings unchanged")
        imports.append(
            phase(
                "re-import, same sailings", second, rows: catalog.sailingCount,
                note: "\(catalog.sailingCount) sailings compared, unchanged"))

        BenchSetup.log("import 3/3: every price changed …")
        try BenchSetup.copy(Self.schedulePrices, from: generated, to: inbox)
        let third = try child.run(label: "import-3", outputIn: logs)
        let thirdSummary = try check(third, files: [Self.schedulePrices])
        try expect(thirdSummary.total("sailings").changed, catalog.sailingCount, "sailings changed")
        imports.append(
            phase(
                "re-import, prices changed", third, rows: catalog.sailingCount,
                note: "\(catalog.sailingCount) sailings updated"))

        BenchSetup.log("floor: the same rows inserted directly …")
        let floor = try runFloor(work: work, logs: logs)

        let report = BenchReport(
            sailings: catalog.sailingCount, layouts: catalog.layouts.count, seats: options.seats,
            machineBefore: machine, loadAfter: MachineFacts.loadAverage(), imports: imports, floor: floor)
        print(report.render())
        if options.stages {
            BenchSetup.log("stages: replaying the import in-process …")
            let profiler = try StageProfiler(database: work.appendingPathComponent("stages.sqlite"))
            let stages = try profiler.run(names.map { generated.appendingPathComponent($0) })
            print("")
            print(StageProfiler.render(stages))
        }
        if let keep = options.keep { BenchSetup.log("kept the inbox, the databases and the logs in \(keep)") }
    }

    // MARK: Phases

    private func phase(_ name: String, _ result: ChildProcess.Result, rows: Int, note: String) -> PhaseResult {
        PhaseResult(
            name: name, seconds: result.seconds, rows: rows, peakKiB: result.peakKiB,
            cpuSeconds: result.userSeconds + result.systemSeconds, note: note)
    }

    /// Exit 0 and every named file applied, or a loud failure with the child's own words.
    private func check(_ result: ChildProcess.Result, files: [String]) throws -> ImportSummary {
        guard result.succeeded else {
            let tail = result.stderr.split(separator: "\n").suffix(5).joined(separator: " | ")
            let out = String(decoding: result.stdout.prefix(600), as: UTF8.self)
            throw BenchError.importFailed("gangway import ended with \(result.ending): \(tail) \(out)")
        }
        let summary = try ImportSummary.decode(result.stdout)
        try summary.requireApplied(files)
        return summary
    }

    private func expect(_ actual: Int, _ expected: Int, _ what: String) throws {
        guard actual == expected else { throw BenchError.importFailed("\(actual) \(what), expected \(expected)") }
    }

    private func runFloor(work: URL, logs: URL) throws -> PhaseResult {
        let database = work.appendingPathComponent("floor.sqlite")
        let child = ChildProcess(
            executable: try BenchSetup.selfExecutable(), arguments: options.floorArguments(database: database),
            environment: ProcessInfo.processInfo.environment)
        let result = try child.run(label: "floor", outputIn: logs)
        guard result.succeeded else {
            throw BenchError.setup("the floor ended with \(result.ending): \(result.stderr)")
        }
        let output: FloorBenchmark.Output
        do {
            output = try JSONDecoder().decode(FloorBenchmark.Output.self, from: result.stdout)
        } catch {
            throw BenchError.setup("the floor printed no result: \(String(decoding: result.stdout, as: UTF8.self))")
        }
        return PhaseResult(
            name: "floor (direct insert)", seconds: output.seconds, rows: output.rows, peakKiB: result.peakKiB,
            cpuSeconds: output.cpuSeconds, note: "insert only, one transaction, no checks")
    }
}
