import Foundation

/// The part of `gangway import --json` the benchmark checks: each file's outcome and counts.
struct ImportSummary: Decodable {
    struct Counts: Decodable {
        var added = 0
        var changed = 0
        var unchanged = 0
        var removed = 0
    }

    struct File: Decodable {
        var file: String
        var outcome: String
        var counts: [String: Counts]
        var errors: [String]
    }

    var files: [File]

    static func decode(_ data: Data) throws -> ImportSummary {
        do {
            return try JSONDecoder().decode(ImportSummary.self, from: data)
        } catch {
            let text = String(decoding: data.prefix(300), as: UTF8.self)
            throw BenchError.importFailed("its --json output is not the expected summary (\(error)): \(text)")
        }
    }

    /// Every named file applied, and nothing else seen.
    func requireApplied(_ names: [String]) throws {
        for file in files where file.outcome != "applied" {
            let errors = file.errors.prefix(5).joined(separator: "; ")
            throw BenchError.importFailed("\(file.file) was \(file.outcome), not applied: \(errors)")
        }
        let seen = Set(files.map(\.file))
        for name in names where !seen.contains(name) {
            throw BenchError.importFailed("\(name) is not in the import's summary")
        }
    }

    /// All counts of one kind (`sailings`, `layouts`, …) over every file.
    func total(_ kind: String) -> Counts {
        files.compactMap { $0.counts[kind] }.reduce(into: Counts()) { sum, counts in
            sum.added += counts.added
            sum.changed += counts.changed
            sum.unchanged += counts.unchanged
            sum.removed += counts.removed
        }
    }
}
