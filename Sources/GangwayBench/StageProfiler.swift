import Foundation
import GangwayCore
import GangwayImport
import GangwayStore

/// `--stages`: where an import's time goes. Replays the benchmark's files in this process, on a
/// fresh database, through the library calls `gangway import` makes for each file — content
/// hash, ``CatalogFileReader/read(url:fileName:)``, ``CatalogValidator/validate(_:against:options:)``
/// inside ``ImportSession/apply(_:now:validate:)`` — and times each. "store" is the rest of the
/// apply: the snapshot read, the store's checks and writes, the import log row and the commit.
/// Claiming, archiving and the lock are left out (they move files; they are small).
struct StageProfiler {
    struct Stage {
        var file: String
        var hash: Double
        var read: Double
        var validate: Double
        var store: Double

        var total: Double { hash + read + validate + store }
    }

    let database: AppDatabase

    init(database url: URL) throws {
        database = try AppDatabase.open(at: url)
    }

    /// Imports `files` in order, each in its own transaction, as one run would.
    func run(_ files: [URL]) throws -> [Stage] {
        let reader = CatalogFileReader(maxFileBytes: 64 << 20)
        let options = CatalogValidator.Options(defaultTimeZone: BenchCatalog.timeZone)
        let now = SystemClock().now()
        let clock = ContinuousClock()
        return try database.importSession { session in
            try files.map { url in
                let name = url.lastPathComponent
                let start = clock.now
                let hash = try SHA256.hex(ofFileAt: url)
                let hashed = clock.now
                let reading = reader.read(url: url, fileName: name)
                let read = clock.now
                guard !reading.hasErrors else {
                    throw BenchError.importFailed("\(name): \(reading.problems.first?.line(in: .en) ?? "unreadable")")
                }
                var validation = Duration.zero
                let info = ImportFileInfo(fileName: name, contentHash: hash, format: reading.format.rawValue)
                let outcome = try session.apply(info, now: now) { snapshot in
                    let begin = clock.now
                    let (batch, found) = CatalogValidator.validate(reading.records, against: snapshot, options: options)
                    validation = clock.now - begin
                    return (batch, reading.problems + found)
                }
                let applied = clock.now
                guard case .applied = outcome else {
                    throw BenchError.importFailed("\(name) was not applied: \(outcome)")
                }
                return Stage(
                    file: name, hash: ChildProcess.seconds(hashed - start), read: ChildProcess.seconds(read - hashed),
                    validate: ChildProcess.seconds(validation),
                    store: ChildProcess.seconds(applied - read - validation))
            }
        }
    }

    static func render(_ stages: [Stage]) -> String {
        var rows = [["file", "hash s", "read s", "validate s", "store s", "total s"]]
        for stage in stages {
            rows.append(
                [stage.file]
                    + [stage.hash, stage.read, stage.validate, stage.store, stage.total].map {
                        BenchReport.format($0, 3)
                    })
        }
        let widths = rows[0].indices.map { column in rows.map { $0[column].count }.max() ?? 0 }
        let lines = rows.map { row in
            row.enumerated().map { column, cell in
                let pad = String(repeating: " ", count: widths[column] - cell.count)
                return column == 0 ? cell + pad : pad + cell
            }.joined(separator: "  ")
        }
        return (["where the time goes (in-process replay, same library calls, fresh database):"] + lines)
            .joined(separator: "\n")
    }
}
