import Foundation
import GangwayCore
import GangwayStore

/// Everything a command needs once its flags are parsed: the configuration (file, environment,
/// flags), the database, the clock and the output streams.
struct CommandContext {
    let environment: CommandEnvironment
    let configuration: Configuration

    var clock: any Clock { environment.clock }

    /// Loads the configuration. Configuration problems are usage errors (exit 64).
    init(options: GlobalOptions, environment: CommandEnvironment = .current) throws {
        self.environment = environment
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

    /// Opens (creating and migrating if needed) the shared database.
    func openDatabase() throws -> AppDatabase {
        let url = configuration.database.path
        do {
            return try AppDatabase.open(
                at: url, busyTimeoutMilliseconds: configuration.database.busyTimeoutMilliseconds)
        } catch StoreError.busy(let detail) {
            throw CommandFailure(
                "database \(url.path) is busy (\(detail)); try again later", exitCode: CommandFailure.temporaryFailure)
        } catch {
            throw CommandFailure("cannot open the database \(url.path): \(error)")
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
