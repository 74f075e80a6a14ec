import ArgumentParser
import Foundation
import GangwayCore

@testable import GangwayCLI

/// Runs `gangway` commands in-process inside a private temporary folder, with a fixed clock,
/// an empty environment and captured output.
final class CLIHarness: @unchecked Sendable {
    let folder: URL
    var variables: [String: String] = [:]
    var now: Int64
    private let lock = NSLock()
    private var out: [String] = []
    private var err: [String] = []

    /// 2026-11-25T09:00:00Z by default.
    init(now: Int64 = 1_795_597_200) throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("gangway-cli-\(UUID().uuidString)")
        self.now = now
        try FileManager.default.createDirectory(at: inbox, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: folder) }

    var inbox: URL { folder.appendingPathComponent("inbox", isDirectory: true) }
    var database: URL { folder.appendingPathComponent("gangway.sqlite") }

    struct Result {
        var exitCode: Int32
        var stdout: String
        var stderr: String
    }

    @discardableResult
    func run(_ arguments: String...) async throws -> Result { try await run(arguments) }

    func run(_ arguments: [String]) async throws -> Result {
        lock.withLock {
            out = []
            err = []
        }
        let environment = CommandEnvironment(
            variables: variables, workingDirectory: folder, clock: FixedClock(now),
            output: { [self] line in lock.withLock { out.append(line) } },
            errors: { [self] line in lock.withLock { err.append(line) } })
        var code: Int32 = 0
        await CommandEnvironment.$current.withValue(environment) {
            do {
                var command = try Gangway.parseAsRoot(arguments)
                if var asyncCommand = command as? any AsyncParsableCommand {
                    try await asyncCommand.run()
                } else {
                    try command.run()
                }
            } catch let exit as ExitCode {
                code = exit.rawValue
            } catch {
                code = Gangway.exitCode(for: error).rawValue
                lock.withLock { err.append(Gangway.message(for: error)) }
            }
        }
        return lock.withLock {
            Result(exitCode: code, stdout: out.joined(separator: "\n"), stderr: err.joined(separator: "\n"))
        }
    }

    /// Copies a bundled sample file into the inbox.
    func dropSample(_ name: String) throws {
        try FileManager.default.copyItem(
            at: Self.samples.appendingPathComponent(name), to: inbox.appendingPathComponent(name))
    }

    func drop(_ name: String, _ text: String) throws {
        try Data(text.utf8).write(to: inbox.appendingPathComponent(name))
    }

    func files(in relativePath: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent(relativePath).path)) ?? [])
            .sorted()
    }

    func read(_ relativePath: String) throws -> String {
        try String(contentsOf: folder.appendingPathComponent(relativePath), encoding: .utf8)
    }

    /// The repository's `inbox/samples/`, found from this file's path.
    static let samples = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("inbox/samples", isDirectory: true)

    static var sampleFiles: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: samples.path)) ?? [])
            .filter { $0.hasSuffix(".csv") || $0.hasSuffix(".xml") }.sorted()
    }

    /// The built `gangway` executable beside the test bundle.
    static var executable: URL? {
        var url = URL(fileURLWithPath: CommandLine.arguments.first ?? "").deletingLastPathComponent()
        for _ in 0..<4 {
            let candidate = url.appendingPathComponent("gangway")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            url = url.deletingLastPathComponent()
        }
        return nil
    }
}
