/// A strict reader for the small part of TOML that `gangway.toml` uses (docs/configuration.md).
///
/// Accepted: `#` comments and blank lines; table headers `[a]` and `[a.b]`; `key = value` with a
/// bare key (letters, digits, `_`, `-`); values that are basic strings `"…"` (escapes `\"` `\\`
/// `\n` `\t` `\uXXXX`), literal strings `'…'`, decimal integers (`_` between digits allowed),
/// `true`/`false`, and arrays of strings or of integers (may span lines, trailing comma allowed).
/// Everything else — dotted or quoted keys, floats, dates, inline tables, arrays of tables,
/// multi-line strings — is an error naming its line, as is a key or table given twice.
///
/// The result is flat: each value is keyed by its dotted name (`database.path`) together with
/// the line it was written on, so the loader can name the line of an unknown or invalid key.
public struct TOMLSubsetParser: Sendable {
    /// One `key = value` line.
    public struct Entry: Sendable, Hashable {
        /// The value as written.
        public var value: ConfigValue
        /// The line the key is on (where a multi-line array starts).
        public var line: Int

        public init(value: ConfigValue, line: Int) {
            self.value = value
            self.line = line
        }
    }

    /// What a file says: its values by dotted key, and its table headers.
    public struct Document: Sendable, Hashable {
        /// Every value, keyed by dotted name (`database.path`).
        public var entries: [String: Entry]
        /// Every table header, by dotted name (`import`, `a.b`), with the line it is on.
        public var tables: [String: Int]

        public init(entries: [String: Entry] = [:], tables: [String: Int] = [:]) {
            self.entries = entries
            self.tables = tables
        }

        /// The values alone, keyed by dotted name.
        public var values: [String: ConfigValue] { entries.mapValues(\.value) }
    }

    /// The file name used in error messages (`gangway.toml:7: …`).
    public var fileName: String

    /// - Parameter fileName: how errors name the file, usually its path.
    public init(fileName: String) {
        self.fileName = fileName
    }

    /// Reads `text`; throws ``ConfigurationError/syntax(file:line:message:)``,
    /// ``ConfigurationError/duplicateKey(file:line:key:firstLine:)`` or
    /// ``ConfigurationError/duplicateTable(file:line:table:firstLine:)`` at the first problem.
    public func parse(_ text: String) throws(ConfigurationError) -> Document {
        var scanner = TOMLScanner(text, fileName: fileName)
        var document = Document()
        var table = ""
        while !scanner.atEnd {
            scanner.skipSpaces()
            switch scanner.current {
            case nil:
                break
            case "\n", "\r":
                try scanner.consumeNewline()
            case "#":
                scanner.skipComment()
                try scanner.finishLine(after: "a comment")
            case "[":
                table = try readTableHeader(&scanner, into: &document)
            case let scalar? where TOMLScanner.isBareKeyCharacter(scalar) || scalar == "\"" || scalar == "'":
                try readKeyValue(&scanner, table: table, into: &document)
            case let scalar:
                throw scanner.error(
                    "unexpected \(TOMLScanner.describe(scalar)); expected a key, a [table] or a comment")
            }
        }
        return document
    }

    /// `[name]` or `[a.b]`; returns the table's dotted name.
    private func readTableHeader(
        _ scanner: inout TOMLScanner, into document: inout Document
    ) throws(ConfigurationError) -> String {
        let line = scanner.line
        scanner.advance()
        if scanner.current == "[" { throw scanner.error("arrays of tables ([[…]]) are not supported") }
        var segments: [String] = []
        while true {
            scanner.skipSpaces()
            segments.append(try scanner.readBareKey())
            scanner.skipSpaces()
            guard scanner.current == "." else { break }
            scanner.advance()
        }
        guard scanner.current == "]" else {
            throw scanner.error("expected ] to close the table header, found \(TOMLScanner.describe(scanner.current))")
        }
        scanner.advance()
        let name = segments.joined(separator: ".")
        try scanner.finishLine(after: "[\(name)]")

        if let firstLine = document.tables[name] {
            throw .duplicateTable(file: fileName, line: line, table: name, firstLine: firstLine)
        }
        for prefix in Self.namesAndPrefixes(of: segments) {
            if let entry = document.entries[prefix] {
                throw scanner.error(
                    "table [\(name)] clashes with key \"\(prefix)\" set on line \(entry.line)", line: line)
            }
        }
        document.tables[name] = line
        return name
    }

    /// `key = value` under the current table.
    private func readKeyValue(
        _ scanner: inout TOMLScanner, table: String, into document: inout Document
    ) throws(ConfigurationError) {
        let line = scanner.line
        let key = try scanner.readBareKey()
        scanner.skipSpaces()
        if scanner.current == "." {
            throw scanner.error("dotted keys are not supported; write \"\(key)…\" under its [table] header")
        }
        guard scanner.current == "=" else {
            throw scanner.error("expected = after key \"\(key)\", found \(TOMLScanner.describe(scanner.current))")
        }
        scanner.advance()
        scanner.skipSpaces()
        let fullName = table.isEmpty ? key : "\(table).\(key)"
        let value = try scanner.readValue(for: fullName)
        try scanner.finishLine(after: "the value of \"\(fullName)\"")

        if let first = document.entries[fullName] {
            throw .duplicateKey(file: fileName, line: line, key: fullName, firstLine: first.line)
        }
        if let tableLine = document.tables[fullName] {
            throw scanner.error("key \"\(fullName)\" clashes with table [\(fullName)] on line \(tableLine)", line: line)
        }
        document.entries[fullName] = Entry(value: value, line: line)
    }

    /// `a`, `a.b`, `a.b.c` for the segments `a`, `b`, `c`.
    private static func namesAndPrefixes(of segments: [String]) -> [String] {
        segments.indices.map { segments[...$0].joined(separator: ".") }
    }
}
