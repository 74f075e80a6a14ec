import ArgumentParser
import GangwayStore

/// `gangway holds expire [--json]`
struct HoldsExpireCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "expire",
        abstract: "Mark lapsed holds and their pending orders expired.",
        discussion: """
            A lapsed hold stops counting the moment it lapses; this writes it down: pending orders past their \
            expiry become 'expired' (for the books and the KPI reports) and their claims are released. Safe to \
            run at any time, alongside the server and every other job.
            """)

    @OptionGroup var global: GlobalOptions

    @Flag(help: "Print the summary as JSON.")
    var json = false

    func run() throws {
        try GangwayRunner.run(json: json) {
            let context = try CommandContext(options: global)
            let database = try context.openDatabase(create: false)
            let now = context.clock.now()
            let runID = try database.startJobRun("holds-expire", at: now)
            let expired = try database.expireHolds(now: now)
            try database.finishJobRun(
                runID, outcome: "ok", exitCode: 0, summary: "{\"expired\":\(expired)}", at: context.clock.now())
            if json {
                context.print("{\"expired\":\(expired)}")
            } else {
                context.print("holds: \(expired) lapsed order(s) marked expired")
            }
            return 0
        }
    }
}
