import Foundation

/// What `gangway-bench` was asked to do, read from its arguments.
///
/// `gangway-bench import [--sailings N] [--layouts N] [--seats N] [--keep DIR] [--gangway PATH]` runs the
/// benchmark; `gangway-bench floor …` is the internal half it starts as a child process to time the floor.
struct BenchOptions: Sendable {
    enum Command: String, Sendable {
        /// The whole benchmark: generate, import with the release `gangway`, time the floor, report.
        case importBenchmark = "import"
        /// The storefront: import a catalog, build the site in full, again unchanged, and after one
        /// sailing is cancelled.
        case site
        /// Internal: insert the same rows directly into a fresh database and print the time as JSON.
        case floor
        /// Reconciliation: a registry of `--rows` rows against as many paid orders.
        case reconcile
    }

    var command: Command = .importBenchmark
    var sailings = 100_000
    var layouts = 200
    var seats = 300
    /// Keep the generated files and databases in this directory instead of a removed temporary one.
    var keep: String?
    /// The `gangway` executable to run (default: the one beside `gangway-bench`).
    var gangway: String?
    /// Floor only: the database file to create.
    var database: String?
    /// Also replay the import in-process and time its stages (hash, read, validate, store) per file.
    var stages = false
    /// Site only: the templates folder (default: `templates/` of the working directory).
    var templates: String?
    /// Reconcile only: the registry's rows, and the paid orders seeded.
    var rows = 1_000_000

    static let usage = """
        usage: gangway-bench import [--sailings N] [--layouts N] [--seats N] [--keep DIR] [--gangway PATH] [--stages]
               gangway-bench site [--sailings N] [--layouts N] [--seats N] [--keep DIR] [--gangway PATH] [--templates DIR]
               gangway-bench reconcile [--rows N] [--keep DIR] [--gangway PATH]

        Generates an inbox (piers, N layouts of N seats, one vessel per layout, products, and a schedule
        expanding to exactly --sailings sailings), imports it with the release `gangway import --json` as a
        child process (then re-imports it unchanged and with every price changed), inserts the same rows
        directly into a fresh database (the floor), and prints seconds, rows per second and peak memory.
        --stages also replays the import in-process and prints where its time goes, file by file.
        Defaults: --sailings 100000 --layouts 200 --seats 300.

        `site` imports a catalog the same way (defaults --sailings 10000 --layouts 20 --seats 150: twenty
        vessels with seat maps), then times `gangway site build` in ru, en and zh: in full into an empty
        folder, again with nothing changed, and after one sailing is cancelled by a schedule file;
        it prints seconds, pages written and peak memory, and fails if a build is wrong.

        `reconcile` seeds N paid orders (default --rows 1000000), writes a ЮKassa registry of N rows for
        their day (3 % differ in amount, 1 % of the orders missing, rows naming no order or paying twice in
        their place), runs the release `gangway reconcile FILE --json` on it, then on the same file again,
        and prints seconds and peak memory; it fails if a run does not find what the seeding implies.
        Build it with
          swift build -c release --scratch-path .build-release
        """

    /// Reads `arguments` (without the program name).
    static func parse(_ arguments: [String]) throws -> BenchOptions {
        var options = BenchOptions()
        var rest = arguments[...]
        guard let first = rest.popFirst() else { throw BenchError.usage("name a command: import") }
        guard let command = Command(rawValue: first) else {
            if first == "--help" || first == "-h" { throw BenchError.help }
            throw BenchError.usage("unknown command \(first)")
        }
        options.command = command
        if command == .site {
            options.sailings = 10_000
            options.layouts = 20
            options.seats = 150
        }
        while let flag = rest.popFirst() {
            if flag == "--help" || flag == "-h" { throw BenchError.help }
            if flag == "--stages" {
                options.stages = true
                continue
            }
            guard let value = rest.popFirst() else { throw BenchError.usage("\(flag) needs a value") }
            switch flag {
            case "--sailings": options.sailings = try count(value, flag: flag, in: 1...5_000_000)
            case "--layouts": options.layouts = try count(value, flag: flag, in: 1...10_000)
            case "--seats": options.seats = try count(value, flag: flag, in: 1...10_000)
            case "--keep": options.keep = value
            case "--gangway": options.gangway = value
            case "--database": options.database = value
            case "--templates": options.templates = value
            case "--rows": options.rows = try count(value, flag: flag, in: 1_000...10_000_000)
            default: throw BenchError.usage("unknown option \(flag)")
            }
        }
        if command == .floor && options.database == nil { throw BenchError.usage("floor needs --database FILE") }
        return options
    }

    private static func count(_ text: String, flag: String, in range: ClosedRange<Int>) throws -> Int {
        guard let value = Int(text.replacingOccurrences(of: "_", with: "")), range.contains(value) else {
            throw BenchError.usage("\(flag) must be a whole number from \(range.lowerBound) to \(range.upperBound)")
        }
        return value
    }

    /// The arguments that make a `floor` child build the same catalog.
    func floorArguments(database: URL) -> [String] {
        [
            Command.floor.rawValue, "--sailings", String(sailings), "--layouts", String(layouts), "--seats",
            String(seats), "--database", database.path,
        ]
    }
}
