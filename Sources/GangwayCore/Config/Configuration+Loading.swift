import Foundation

extension Configuration {
    /// Which configuration file to read, and whether its absence is an error.
    public struct FileLocation: Sendable, Hashable {
        /// The file, absolute.
        public var url: URL
        /// `true` when it was named (`--config`, `GANGWAY_CONFIG`): then a missing file is an error.
        public var isRequired: Bool

        public init(url: URL, isRequired: Bool) {
            self.url = url
            self.isRequired = isRequired
        }
    }

    /// The environment variable naming the configuration file.
    public static let fileEnvironmentVariable = "GANGWAY_CONFIG"

    /// The default configuration file name, looked for in the working directory.
    public static let defaultFileName = "gangway.toml"

    /// Picks the configuration file: `explicitPath` (from `--config`) if given, else
    /// `GANGWAY_CONFIG`, both required to exist; otherwise `gangway.toml` in `workingDirectory`,
    /// read only if it exists. Relative paths resolve against `workingDirectory`; an empty path
    /// or an empty `GANGWAY_CONFIG` counts as not given.
    public static func fileLocation(
        explicitPath: String?, environment: [String: String], workingDirectory: URL
    ) -> FileLocation {
        for candidate in [explicitPath, environment[fileEnvironmentVariable]] {
            if let candidate, !candidate.isEmpty {
                return FileLocation(
                    url: resolvePath(candidate, against: workingDirectory, isDirectory: false), isRequired: true
                )
            }
        }
        return FileLocation(
            url: resolvePath(defaultFileName, against: workingDirectory, isDirectory: false), isRequired: false
        )
    }

    /// ``fileLocation(explicitPath:environment:workingDirectory:)`` then
    /// ``load(file:fileRequired:environment:workingDirectory:)``: what a command calls with its
    /// `--config` value, the process environment and the current directory.
    public static func load(
        explicitPath: String?, environment: [String: String], workingDirectory: URL
    ) throws(ConfigurationError) -> Configuration {
        let location = fileLocation(
            explicitPath: explicitPath, environment: environment, workingDirectory: workingDirectory
        )
        return try load(
            file: location.url, fileRequired: location.isRequired, environment: environment,
            workingDirectory: workingDirectory
        )
    }

    /// The defaults, overridden by `file` (if given, and if it exists or `fileRequired`), then by
    /// the `GANGWAY_*` variables in `environment` that name a key. Other `GANGWAY_*` variables
    /// (secrets) are ignored and never read here.
    ///
    /// Relative paths from the file resolve against the file's directory; those from the
    /// environment and the defaults against `workingDirectory` (an absolute directory URL).
    /// Throws at the first problem: unknown key or table, wrong type, out of range, bad syntax.
    public static func load(
        file: URL?, fileRequired: Bool, environment: [String: String], workingDirectory: URL
    ) throws(ConfigurationError) -> Configuration {
        var configuration = Configuration(workingDirectory: workingDirectory)
        if let file, let text = try readFile(file, required: fileRequired) {
            let name = displayName(of: file, workingDirectory: workingDirectory)
            let document = try TOMLSubsetParser(fileName: name).parse(text)
            try configuration.apply(
                document, fileName: name, directory: file.standardizedFileURL.deletingLastPathComponent())
            configuration.file = file.standardizedFileURL
        }
        try configuration.apply(environment: environment, workingDirectory: workingDirectory)
        return configuration
    }

    // MARK: - Layers

    private mutating func apply(
        _ document: TOMLSubsetParser.Document, fileName: String, directory: URL
    ) throws(ConfigurationError) {
        enum Item {
            case table(String)
            case entry(String, ConfigValue)
        }
        let items =
            (document.tables.map { (line: $0.value, item: Item.table($0.key)) }
            + document.entries.map { (line: $0.value.line, item: Item.entry($0.key, $0.value.value)) })
            .sorted { $0.line < $1.line }
        let sections = Set(Self.keys.map(\.table))
        for (line, item) in items {
            switch item {
            case .table(let table):
                guard sections.contains(table) else {
                    let suggestion = Self.closest(to: table, among: sections.sorted())
                    throw .unknownTable(file: fileName, line: line, table: table, suggestion: suggestion)
                }
            case .entry(let name, let value):
                guard let key = Self.keys.first(where: { $0.name == name }) else {
                    let suggestion = Self.suggestion(forUnknownKey: name)
                    throw .unknownKey(file: fileName, line: line, key: name, suggestion: suggestion)
                }
                try apply(key, value, base: directory, source: .file(fileName, line: line))
            }
        }
    }

    private mutating func apply(
        environment: [String: String], workingDirectory: URL
    ) throws(ConfigurationError) {
        for key in Self.keys {
            guard let text = environment[key.environmentVariable] else { continue }
            try apply(
                key, key.value(fromEnvironment: text), base: workingDirectory,
                source: .environment(key.environmentVariable)
            )
        }
    }

    private mutating func apply(
        _ key: ConfigurationKey, _ value: ConfigValue, base: URL, source: ConfigurationSource
    ) throws(ConfigurationError) {
        do {
            try key.apply(value, base, &self)
        } catch {
            throw .invalidValue(key: key.name, source: source, message: error.message)
        }
        sources[key.name] = source
    }

    // MARK: - The file

    /// The file's text, or `nil` when it does not exist and is not required.
    private static func readFile(_ url: URL, required: Bool) throws(ConfigurationError) -> String? {
        let path = url.path
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            if required { throw .fileNotFound(path: path) }
            return nil
        }
        if isDirectory.boolValue { throw .unreadableFile(path: path, reason: "it is a directory") }
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            let reason = FileManager.default.isReadableFile(atPath: path) ? "read failed" : "permission denied"
            throw .unreadableFile(path: path, reason: reason)
        }
        guard let text = String(data: data, encoding: .utf8) else { throw .notUTF8(path: path) }
        return text
    }

    /// The file as messages name it: relative to the working directory when inside it
    /// (`gangway.toml:7: …`), else (or when the working directory is `/`) its absolute path.
    private static func displayName(of file: URL, workingDirectory: URL) -> String {
        let path = file.standardizedFileURL.path(percentEncoded: false)
        var directory = workingDirectory.standardizedFileURL.path(percentEncoded: false)
        if !directory.hasSuffix("/") { directory += "/" }
        guard directory != "/", path.hasPrefix(directory) else { return path }
        return String(path.dropFirst(directory.count))
    }

    // MARK: - Suggestions for typos

    /// A known key the unknown `name` probably meant: the one key with the same last part in
    /// another table (`path` at the top, `inbox.settle_seconds`), else the closest by spelling.
    private static func suggestion(forUnknownKey name: String) -> String? {
        let names = keys.map(\.name)
        if let closest = closest(to: name, among: names) { return closest }
        let leaf = name.split(separator: ".").last.map(String.init) ?? name
        let sameLeaf = names.filter { $0.hasSuffix("." + leaf) }
        return sameLeaf.count == 1 ? sameLeaf.first : nil
    }

    /// The candidate within a few typos of `name` (at most 2 edits, fewer for short names).
    private static func closest(to name: String, among candidates: [String]) -> String? {
        let limit = min(2, max(1, name.count / 4))
        let scored = candidates.map { (candidate: $0, distance: editDistance(name, $0)) }
        guard let best = scored.min(by: { $0.distance < $1.distance }), best.distance <= limit else { return nil }
        return best.candidate
    }

    /// Levenshtein distance over characters.
    private static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a)
        let b = Array(b)
        guard !a.isEmpty else { return b.count }
        guard !b.isEmpty else { return a.count }
        var previous = Array(0...b.count)
        var current = previous
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                current[j] = min(previous[j] + 1, current[j - 1] + 1, substitution)
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
