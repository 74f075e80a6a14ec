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
        let gangway = try locateGangway()
        let machine = MachineFacts.current()
        let work = try workDirectory()
        defer {
            if options.keep == nil { try? FileManager.default.removeItem(at: work) }
        }
        let inbox = work.appendingPathComponent("inbox", isDirectory: true)
        let logs = work.appendingPathComponent("logs", isDirectory: true)
        for folder in [inbox, logs] {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        }
        let config = work.appendingPathComponent("gangway.toml")
        try write("# gangway-bench: every setting from the environment\n", to: config)
        // The child runs here, so no gangway.toml of the caller's working directory is read.
        guard FileManager.default.changeCurrentDirectoryPath(work.path) else {
            throw BenchError.setup("cannot enter \(work.path)")
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
        for (name, text) in zip(names, texts) { try write(text, to: generated.appendingPathComponent(name)) }
        let bytes = texts.prefix(5).reduce(0) { $0 + $1.utf8.count }
        log(
            "generated the inbox files in \(BenchReport.format(ChildProcess.seconds(clock.now - start), 2)) s: "
                + "\(BenchReport.format(Double(bytes) / 1_048_576, 1)) MB for the first import, "
                + "\(catalog.rules.count) schedule rows, in \(generated.path)")

        let child = ChildProcess(
            executable: gangway, arguments: ["import", "--json"],
            environment: environment(database: work.appendingPathComponent("gangway.sqlite"), inbox: inbox, work: work))
        var imports: [PhaseResult] = []

        log("import 1/3: the whole catalog into an empty database …")
        for name in Self.firstFiles + [Self.schedule] { try copy(name, from: generated, to: inbox) }
        let first = try child.run(label: "import-1", outputIn: logs)
        let firstSummary = try check(first, files: Self.firstFiles + [Self.schedule])
        try expect(firstSummary.total("sailings").added, catalog.sailingCount, "sailings added")
        try expect(firstSummary.total("layouts").added, catalog.layouts.count, "layouts added")
        try expect(firstSummary.total("vessels").added, catalog.vessels.count, "vessels added")
        imports.append(
            phase("import", first, rows: catalog.rowCount, note: "\(catalog.sailingCount) sailings added"))

        log("import 2/3: the same schedule, other bytes …")
        try copy(Self.scheduleAgain, from: generated, to: inbox)
        let second = try child.run(label: "import-2", outputIn: logs)
        let secondSummary = try check(second, files: [Self.scheduleAgain])
        try expect(secondSummary.total("sailings").unchanged, catalog.sailingCount, "sailings unchanged")
        imports.append(
            phase(
                "re-import, same sailings", second, rows: catalog.sailingCount,
                note: "\(catalog.sailingCount) sailings compared, unchanged"))

        log("import 3/3: every price changed …")
        try copy(Self.schedulePrices, from: generated, to: inbox)
        let third = try child.run(label: "import-3", outputIn: logs)
        let thirdSummary = try check(third, files: [Self.schedulePrices])
        try expect(thirdSummary.total("sailings").changed, catalog.sailingCount, "sailings changed")
        imports.append(
            phase(
                "re-import, prices changed", third, rows: catalog.sailingCount,
                note: "\(catalog.sailingCount) sailings updated"))

        log("floor: the same rows inserted directly …")
        let floor = try runFloor(work: work, logs: logs)

        let report = BenchReport(
            sailings: catalog.sailingCount, layouts: catalog.layouts.count, seats: options.seats,
            machineBefore: machine, loadAfter: MachineFacts.loadAverage(), imports: imports, floor: floor)
        print(report.render())
        if options.stages {
            log("stages: replaying the import in-process …")
            let profiler = try StageProfiler(database: work.appendingPathComponent("stages.sqlite"))
            let stages = try profiler.run(names.map { generated.appendingPathComponent($0) })
            print("")
            print(StageProfiler.render(stages))
        }
        if let keep = options.keep { log("kept the inbox, the databases and the logs in \(keep)") }
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
            executable: try selfExecutable(), arguments: options.floorArguments(database: database),
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

    // MARK: Setting up

    /// `--gangway`, or the `gangway` built beside this executable.
    private func locateGangway() throws -> URL {
        let url =
            try options.gangway.map { URL(fileURLWithPath: $0) }
            ?? selfExecutable().deletingLastPathComponent().appendingPathComponent("gangway")
        guard FileManager.default.isExecutableFile(atPath: url.path) else {
            throw BenchError.setup(
                "no gangway executable at \(url.path): build both with "
                    + "`swift build -c release --scratch-path .build-release`, or pass --gangway PATH")
        }
        if url.path.contains("/debug/") {
            log("warning: \(url.path) is a debug build; the figures only mean something for a release build")
        }
        return url
    }

    private func selfExecutable() throws -> URL {
        if let path = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            return URL(fileURLWithPath: path)
        }
        guard let first = CommandLine.arguments.first else { throw BenchError.setup("cannot tell where I am") }
        return URL(fileURLWithPath: first).standardizedFileURL
    }

    private func workDirectory() throws -> URL {
        if let keep = options.keep {
            let url = URL(fileURLWithPath: keep, isDirectory: true).standardizedFileURL
            if FileManager.default.fileExists(atPath: url.path),
                let entries = try? FileManager.default.contentsOfDirectory(atPath: url.path), !entries.isEmpty
            {
                throw BenchError.usage("--keep \(keep): the directory must be new or empty")
            }
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
            return url
        }
        let url = FileManager.default.temporaryDirectory.appendingPathComponent(
            "gangway-bench-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// The caller's environment without any `GANGWAY_` variable, then the benchmark's settings.
    private func environment(database: URL, inbox: URL, work: URL) -> [String: String] {
        var variables = ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("GANGWAY_") }
        variables["GANGWAY_CONFIG"] = work.appendingPathComponent("gangway.toml").path
        variables["GANGWAY_DATABASE_PATH"] = database.path
        variables["GANGWAY_INBOX_PATH"] = inbox.path
        variables["GANGWAY_OUTBOX_PATH"] = work.appendingPathComponent("outbox").path
        variables["GANGWAY_IMPORT_SETTLE_SECONDS"] = "0"
        variables["GANGWAY_OPERATOR_LANGUAGE"] = "en"
        return variables
    }

    private func copy(_ name: String, from source: URL, to folder: URL) throws {
        do {
            try FileManager.default.copyItem(
                at: source.appendingPathComponent(name), to: folder.appendingPathComponent(name))
        } catch {
            throw BenchError.setup("cannot copy \(name) into \(folder.path): \(error.localizedDescription)")
        }
    }

    private func write(_ text: String, to url: URL) throws {
        do {
            try Data(text.utf8).write(to: url)
        } catch {
            throw BenchError.setup("cannot write \(url.path): \(error.localizedDescription)")
        }
    }

    /// Progress goes to stderr; stdout is the table.
    private func log(_ line: String) {
        FileHandle.standardError.write(Data("gangway-bench: \(line)\n".utf8))
    }
}
