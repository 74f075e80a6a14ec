/// Something a reader, the validator or the store found wrong (or worth a warning) in an
/// operator's file. Each module describes its own reasons with an enum conforming to
/// ``ProblemReason``; the error report prints `file:line[:column]: message`.
public struct ImportProblem: Sendable, CustomStringConvertible {
    public enum Severity: String, Sendable, Codable {
        case error
        case warning
    }

    public var severity: Severity
    public var location: SourceLocation?
    public var reason: any ProblemReason

    public init(_ severity: Severity = .error, at location: SourceLocation?, _ reason: any ProblemReason) {
        self.severity = severity
        self.location = location
        self.reason = reason
    }

    public static func error(at location: SourceLocation?, _ reason: any ProblemReason) -> ImportProblem {
        ImportProblem(.error, at: location, reason)
    }

    public static func warning(at location: SourceLocation?, _ reason: any ProblemReason) -> ImportProblem {
        ImportProblem(.warning, at: location, reason)
    }

    /// One report line in the operator's language: `file:line[:column]: message`.
    public func line(in language: OperatorLanguage) -> String {
        let text = reason.message(in: language)
        let prefix = severity == .warning ? (language == .ru ? "предупреждение: " : "warning: ") : ""
        guard let location else { return prefix + text }
        return "\(location): \(prefix)\(text)"
    }

    public var description: String { line(in: .en) }
}

/// Why something is wrong, in words an operator can act on, in Russian and English.
public protocol ProblemReason: Sendable {
    func message(in language: OperatorLanguage) -> String
}
