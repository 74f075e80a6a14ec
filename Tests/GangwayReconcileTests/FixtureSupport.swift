import Foundation
import Testing

@testable import GangwayReconcile

/// Reading fixtures and building expected values, independent of the code under test.
enum FixtureSupport {
    /// The fixture file `name` under `Fixtures/`.
    static func url(_ name: String) throws -> URL {
        let base = try #require(Bundle.module.resourceURL)
        return base.appendingPathComponent("Fixtures").appendingPathComponent(name)
    }

    /// Every row of a fixture and its summary, read with the given chunk size.
    static func read(
        _ name: String, chunkSize: Int = 1 << 20
    ) throws -> (rows: [ExportRow], summary: ExportSummary) {
        var rows: [ExportRow] = []
        let summary = try ExportReader.read(try url(name), chunkSize: chunkSize) { rows.append($0) }
        return (rows, summary)
    }

    /// The error reading a fixture throws (rows before it are dropped), or nil when it reads cleanly.
    static func error(_ name: String, chunkSize: Int = 1 << 20) throws -> ExportError? {
        do {
            _ = try ExportReader.read(try url(name), chunkSize: chunkSize) { _ in }
            return nil
        } catch let error as ExportError {
            return error
        }
    }

    /// A Moscow wall-clock time (UTC+3) as an instant, through Foundation's calendar.
    static func moscow(_ year: Int, _ month: Int, _ day: Int, _ hour: Int, _ minute: Int, _ second: Int = 0) -> Date {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(secondsFromGMT: 3 * 3600) ?? .gmt
        let components = DateComponents(year: year, month: month, day: day, hour: hour, minute: minute, second: second)
        return calendar.date(from: components) ?? .distantPast
    }

    /// A temporary file holding `bytes`, removed by the caller.
    static func temporaryFile(_ bytes: [UInt8], name: String = "export") throws -> URL {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "gangway-reconcile-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let url = directory.appendingPathComponent(name)
        try Data(bytes).write(to: url)
        return url
    }

    /// SHA-256 of a fixture by `sha256sum`-independent means: GangwayCore's one-shot hash of the bytes.
    static func bytes(_ name: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: try url(name)))
    }
}
