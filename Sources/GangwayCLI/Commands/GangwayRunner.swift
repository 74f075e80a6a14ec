import ArgumentParser
import GangwayStore

/// Runs a command body and turns any failure into one line on stderr and its exit code, so
/// an operator never sees a Foundation error dump.
enum GangwayRunner {
    /// With `json`, a failure also prints `{"error": …, "exit_code": …}` on stdout, so a cron
    /// log of `--json` runs stays one JSON object per run.
    static func run(json: Bool = false, _ body: () throws -> Int32) throws {
        let code: Int32
        do {
            code = try body()
        } catch {
            code = report(error, json: json)
        }
        if code != 0 { throw ExitCode(code) }
    }

    /// ``run(json:_:)`` for a command that awaits (`gangway serve`).
    static func runAsync(json: Bool = false, _ body: () async throws -> Int32) async throws {
        let code: Int32
        do {
            code = try await body()
        } catch {
            code = report(error, json: json)
        }
        if code != 0 { throw ExitCode(code) }
    }

    /// Prints the failure's line (and JSON) and returns its exit code.
    private static func report(_ error: any Error, json: Bool) -> Int32 {
        let environment = CommandEnvironment.current
        let failure = failure(for: error)
        environment.errors("gangway: \(failure.message)")
        if json {
            environment.output("{\"error\":\(jsonString(failure.message)),\"exit_code\":\(failure.exitCode)}")
        }
        return failure.exitCode
    }

    /// The one-line message and exit code for any error: 75 when the database is busy (try
    /// again later), 69 when it is missing or cannot be opened, 1 for anything unexpected.
    static func failure(for error: any Error) -> CommandFailure {
        if let failure = error as? CommandFailure { return failure }
        if let store = StoreError.classify(error) {
            switch store {
            case .busy: return CommandFailure("\(store); try again later", exitCode: CommandFailure.temporaryFailure)
            case .missing, .cannotOpen: return CommandFailure("\(store)", exitCode: CommandFailure.unavailable)
            case .failed: return CommandFailure("\(store)")
            }
        }
        let text = String(describing: error).split(separator: "\n").first.map(String.init) ?? "failed"
        return CommandFailure(text)
    }
}
