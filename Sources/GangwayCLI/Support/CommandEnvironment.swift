import Foundation
import GangwayCore

/// What a command takes from the world: environment variables, working directory, clock, and
/// where its output goes. The process's own by default; tests bind their own with
/// `CommandEnvironment.$current.withValue(…)` so they never touch the real clock, the
/// environment or the current directory.
public struct CommandEnvironment: Sendable {
    public var variables: [String: String]
    public var workingDirectory: URL
    public var clock: any Clock
    /// Standard output: data (tables, JSON).
    public var output: @Sendable (String) -> Void
    /// Standard error: messages for the operator.
    public var errors: @Sendable (String) -> Void

    public init(
        variables: [String: String], workingDirectory: URL, clock: any Clock,
        output: @escaping @Sendable (String) -> Void, errors: @escaping @Sendable (String) -> Void
    ) {
        self.variables = variables
        self.workingDirectory = workingDirectory
        self.clock = clock
        self.output = output
        self.errors = errors
    }

    /// The real process: its environment, current directory, system clock, stdout and stderr.
    /// `GANGWAY_NOW` (RFC 3339 or seconds since 1970) fixes the clock, for tests and for
    /// replaying a day's run.
    public static var process: CommandEnvironment {
        let variables = ProcessInfo.processInfo.environment
        return CommandEnvironment(
            variables: variables,
            workingDirectory: URL(fileURLWithPath: FileManager.default.currentDirectoryPath, isDirectory: true),
            clock: variables["GANGWAY_NOW"].flatMap(fixedClock) ?? SystemClock(),
            output: { line in print(line) },
            errors: { line in FileHandle.standardError.write(Data((line + "\n").utf8)) })
    }

    /// A clock fixed at `text`: RFC 3339 (`2026-11-25T09:00:00Z`) or whole seconds since 1970.
    static func fixedClock(_ text: String) -> FixedClock? {
        if let seconds = Int64(text) { return FixedClock(seconds) }
        guard let date = ISO8601DateFormatter().date(from: text) else { return nil }
        return FixedClock(Int64(date.timeIntervalSince1970))
    }

    @TaskLocal public static var current: CommandEnvironment = .process
}
