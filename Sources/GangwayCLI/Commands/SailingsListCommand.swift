import ArgumentParser
import GangwayCore
import GangwayStore

/// `gangway sailings list [--from DATE] [--to DATE] [--product ID] [--json]`
struct SailingsListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "What is on sale: sailings departing from the start of today (operator's time zone) on.",
        discussion:
            "Dates are YYYY-MM-DD in the operator's time zone; --to is inclusive. Cancelled sailings are listed too.")

    @OptionGroup var global: GlobalOptions

    @Option(help: "First day (default: today).")
    var from: String?

    @Option(help: "Last day, inclusive.")
    var to: String?

    @Option(help: "Only this product.")
    var product: String?

    @Flag(help: "Print {\"sailings\":[…]} on stdout.")
    var json = false

    func validate() throws {
        for (name, value) in [("--from", from), ("--to", to)] {
            if let value, LocalDate(parsing: value) == nil || value.contains(".") {
                throw ValidationError("\(name) \(value): expected a date YYYY-MM-DD")
            }
        }
    }

    func run() throws {
        try GangwayRunner.run(json: json) {
            let context = try CommandContext(options: global)
            let zone = context.configuration.operator.timeZone.identifier
            guard var converter = LocalTimeConverter(timeZoneIdentifier: zone) else {
                throw CommandFailure("unknown operator time zone \(zone)", exitCode: CommandFailure.usage)
            }
            let now = context.clock.now()
            let firstDay = from.flatMap { LocalDate(parsing: $0) } ?? converter.localDate(at: now)
            let start = converter.instant(of: firstDay, at: .midnight)
            let end = to.flatMap { LocalDate(parsing: $0) }.map { day in
                converter.instant(of: day.adding(days: 1), at: .midnight)
            }
            let database = try context.openDatabase(create: false)
            let sailings = try database.sailings(from: start, to: end, productID: product, now: now)
            if json {
                try context.printJSON(SailingsListing(sailings: sailings.map { SailingsListing.Item($0) }))
            } else {
                SailingsTable(sailings: sailings).lines().forEach(context.print)
            }
            return 0
        }
    }
}
