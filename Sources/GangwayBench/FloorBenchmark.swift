import Foundation
import GangwayCore
import GangwayStore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// `gangway-bench floor`: the floor an import is measured against. Builds the same catalog as
/// the import phase, expands its schedule with ``ScheduleExpander``, opens a fresh database with
/// the same schema and settings, and times only ``AppDatabase/insertFloor(_:now:)``. Prints one
/// JSON line: `{"cpuSeconds": …, "rows": …, "seconds": …}`. `gangway-bench import` runs it as a child process so its
/// peak memory is its own.
struct FloorBenchmark {
    struct Output: Codable {
        var rows: Int
        var seconds: Double
        /// User plus system CPU time of the insert.
        var cpuSeconds: Double
    }

    let options: BenchOptions

    func run() throws {
        guard let path = options.database else { throw BenchError.usage("floor needs --database FILE") }
        let url = URL(fileURLWithPath: path)
        guard !FileManager.default.fileExists(atPath: url.path) else {
            throw BenchError.setup("\(url.path) already exists: the floor needs a fresh database")
        }
        let catalog = try BenchCatalog(sailings: options.sailings, layouts: options.layouts, seats: options.seats)
        let batch = try catalog.batch()
        let database = try AppDatabase.open(at: url)
        let now = SystemClock().now()
        let clock = ContinuousClock()
        let cpuBefore = Self.cpuSeconds()
        let start = clock.now
        let rows = try database.insertFloor(batch, now: now)
        let seconds = ChildProcess.seconds(clock.now - start)
        let cpu = Self.cpuSeconds() - cpuBefore
        guard rows == catalog.rowCount else {
            throw BenchError.setup("the floor wrote \(rows) rows, the catalog has \(catalog.rowCount)")
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        print(
            String(decoding: try encoder.encode(Output(rows: rows, seconds: seconds, cpuSeconds: cpu)), as: UTF8.self))
    }

    /// User plus system CPU time of this process so far.
    private static func cpuSeconds() -> Double {
        var usage = rusage()
        #if canImport(Glibc)
            getrusage(RUSAGE_SELF.rawValue, &usage)
        #else
            getrusage(RUSAGE_SELF, &usage)
        #endif
        return Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
            + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
    }
}
