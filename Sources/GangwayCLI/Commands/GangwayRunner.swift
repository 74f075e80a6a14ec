import ArgumentParser
import GangwayStore

/// Runs a command body and turns any failure into one line on stderr and its exit code, so
/// an operator never sees a Foundation error dump.
enum GangwayRunner {
    static func run(_ body: () throws -> Int32) throws {
        let environment = CommandEnvironment.current
        let code: Int32
        do {
            code = try body()
        } catch let failure as CommandFailure {
            environment.errors("gangway: \(failure.message)")
            code = failure.exitCode
        } catch let error as StoreError {
            environment.errors("gangway: \(error)")
            if case .busy = error { code = CommandFailure.temporaryFailure } else { code = 1 }
        } catch {
            environment.errors("gangway: \(String(describing: error).split(separator: "\n").first ?? "failed")")
            code = 1
        }
        if code != 0 { throw ExitCode(code) }
    }
}
