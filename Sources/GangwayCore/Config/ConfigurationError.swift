/// Why the configuration could not be loaded. Each case carries what failed and where; the
/// `description` is one line an operator can act on, e.g. `gangway.toml:7: unknown key "databse.path"`.
public enum ConfigurationError: Error, Sendable, Hashable, CustomStringConvertible {
    /// A configuration file that was asked for (`--config`, `GANGWAY_CONFIG`) does not exist.
    case fileNotFound(path: String)
    /// The file exists but cannot be read (a directory, no permission, …).
    case unreadableFile(path: String, reason: String)
    /// The file is not valid UTF-8.
    case notUTF8(path: String)
    /// The file is not in the accepted TOML subset; `message` says what was expected.
    case syntax(file: String, line: Int, message: String)
    /// A key is set twice (TOML forbids it; the second one would silently win otherwise).
    case duplicateKey(file: String, line: Int, key: String, firstLine: Int)
    /// A table header appears twice.
    case duplicateTable(file: String, line: Int, table: String, firstLine: Int)
    /// A key in the file that Gangway does not know, usually a typo.
    case unknownKey(file: String, line: Int, key: String, suggestion: String?)
    /// A table header that is not a section Gangway knows.
    case unknownTable(file: String, line: Int, table: String, suggestion: String?)
    /// A known key with a value of the wrong type or out of range.
    case invalidValue(key: String, source: ConfigurationSource, message: String)

    /// One line for the operator: `file:line: message`, or `environment VARIABLE: key: message`.
    public var description: String {
        switch self {
        case .fileNotFound(let path):
            return "configuration file \(path) does not exist"
        case .unreadableFile(let path, let reason):
            return "configuration file \(path) cannot be read: \(reason)"
        case .notUTF8(let path):
            return "configuration file \(path) is not valid UTF-8"
        case .syntax(let file, let line, let message):
            return "\(file):\(line): \(message)"
        case .duplicateKey(let file, let line, let key, let firstLine):
            return "\(file):\(line): key \"\(key)\" is already set on line \(firstLine)"
        case .duplicateTable(let file, let line, let table, let firstLine):
            return "\(file):\(line): table [\(table)] is already defined on line \(firstLine)"
        case .unknownKey(let file, let line, let key, let suggestion):
            return "\(file):\(line): unknown key \"\(key)\"" + Self.hint(suggestion)
        case .unknownTable(let file, let line, let table, let suggestion):
            return "\(file):\(line): unknown table [\(table)]" + Self.hint(suggestion)
        case .invalidValue(let key, let source, let message):
            return "\(source): \(key): \(message)"
        }
    }

    private static func hint(_ suggestion: String?) -> String {
        guard let suggestion else { return "" }
        return " (did you mean \"\(suggestion)\"?)"
    }
}
