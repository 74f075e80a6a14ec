import Foundation

/// What every benchmark needs around the program it times: the release `gangway` to run, a
/// work folder, the child's environment, files, and progress lines on stderr.
enum BenchSetup {
    /// `--gangway`, or the `gangway` built beside this executable.
    static func locateGangway(_ options: BenchOptions) throws -> URL {
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

    static func selfExecutable() throws -> URL {
        if let path = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            return URL(fileURLWithPath: path)
        }
        guard let first = CommandLine.arguments.first else { throw BenchError.setup("cannot tell where I am") }
        return URL(fileURLWithPath: first).standardizedFileURL
    }

    static func workDirectory(_ options: BenchOptions) throws -> URL {
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
    static func environment(database: URL, inbox: URL, work: URL) -> [String: String] {
        var variables = ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("GANGWAY_") }
        variables["GANGWAY_CONFIG"] = work.appendingPathComponent("gangway.toml").path
        variables["GANGWAY_DATABASE_PATH"] = database.path
        variables["GANGWAY_INBOX_PATH"] = inbox.path
        variables["GANGWAY_OUTBOX_PATH"] = work.appendingPathComponent("outbox").path
        variables["GANGWAY_IMPORT_SETTLE_SECONDS"] = "0"
        variables["GANGWAY_OPERATOR_LANGUAGE"] = "en"
        return variables
    }

    static func copy(_ name: String, from source: URL, to folder: URL) throws {
        do {
            try FileManager.default.copyItem(
                at: source.appendingPathComponent(name), to: folder.appendingPathComponent(name))
        } catch {
            throw BenchError.setup("cannot copy \(name) into \(folder.path): \(error.localizedDescription)")
        }
    }

    static func write(_ text: String, to url: URL) throws {
        do {
            try Data(text.utf8).write(to: url)
        } catch {
            throw BenchError.setup("cannot write \(url.path): \(error.localizedDescription)")
        }
    }

    /// Progress goes to stderr; stdout is the table.
    static func log(_ line: String) {
        FileHandle.standardError.write(Data("gangway-bench: \(line)\n".utf8))
    }

    /// The benchmark's folders: the work folder (new, or `--keep`'s), its `inbox/` and `logs/`,
    /// and an empty `gangway.toml`, entered as the working directory so that no configuration
    /// of the caller's folder is read by the children.
    static func workspace(_ options: BenchOptions) throws -> (work: URL, inbox: URL, logs: URL) {
        let work = try workDirectory(options)
        let inbox = work.appendingPathComponent("inbox", isDirectory: true)
        let logs = work.appendingPathComponent("logs", isDirectory: true)
        for folder in [inbox, logs] {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        }
        try write(
            "# gangway-bench: every setting from the environment\n", to: work.appendingPathComponent("gangway.toml"))
        guard FileManager.default.changeCurrentDirectoryPath(work.path) else {
            throw BenchError.setup("cannot enter \(work.path)")
        }
        return (work, inbox, logs)
    }
}
