import Foundation
import GangwayCore
import GangwayStore
import Logging

/// Everything a command needs once its flags are parsed: the configuration (file, environment,
/// flags), the database, the clock and the output streams.
struct CommandContext {
    let environment: CommandEnvironment
    let configuration: Configuration
    /// Structured logs (stderr): `--log-level`, default warning. Never personal data.
    let logger: Logger

    var clock: any Clock { environment.clock }

    /// Loads the configuration. Configuration problems are usage errors (exit 64).
    init(options: GlobalOptions, environment: CommandEnvironment = .current) throws {
        self.environment = environment
        guard let level = Logger.Level(rawValue: options.logLevel.lowercased()) else {
            throw CommandFailure("--log-level \(options.logLevel): unknown level", exitCode: CommandFailure.usage)
        }
        var logger = Logger(label: "gangway")
        logger.logLevel = level
        self.logger = logger
        do {
            var configuration = try Configuration.load(
                explicitPath: options.config, environment: environment.variables,
                workingDirectory: environment.workingDirectory)
            let databaseOverride =
                options.database
                ?? environment.variables["GANGWAY_DATABASE"].flatMap {
                    $0.isEmpty ? nil : $0
                }
            if let databaseOverride {
                configuration.database.path = Configuration.resolvePath(
                    databaseOverride, against: environment.workingDirectory, isDirectory: false)
            }
            self.configuration = configuration
        } catch {
            throw CommandFailure("configuration: \(error)", exitCode: CommandFailure.usage)
        }
    }

    /// Opens and migrates the shared database; with `create`, a missing file is created.
    /// Failures keep their meaning: busy → 75, missing or unreadable → 69.
    func openDatabase(create: Bool = true) throws -> AppDatabase {
        let url = configuration.database.path
        do {
            return try AppDatabase.open(
                at: url, busyTimeoutMilliseconds: configuration.database.busyTimeoutMilliseconds, create: create)
        } catch {
            let failure = GangwayRunner.failure(for: error)
            let message = failure.message.contains(url.path) ? failure.message : "\(url.path): \(failure.message)"
            throw CommandFailure(message, exitCode: failure.exitCode)
        }
    }

    func print(_ line: String) { environment.output(line) }

    func report(_ line: String) { environment.errors(line) }

    /// Encodes `value` as one JSON object on stdout.
    func printJSON<Value: Encodable>(_ value: Value) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.keyEncodingStrategy = .convertToSnakeCase
        let data = try encoder.encode(value)
        print(String(decoding: data, as: UTF8.self))
    }
}
