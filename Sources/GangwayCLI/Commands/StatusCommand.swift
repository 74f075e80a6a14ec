import ArgumentParser
import Foundation
import GangwayCore
import GangwayStore

/// `gangway status [--json]`: the last run of every job, what waits in the inbox, and the
/// database's health.
struct StatusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status", abstract: "Last run of every job, inbox and spool counts, database health.")

    @OptionGroup var global: GlobalOptions

    @Flag(help: "Print one JSON object on stdout.")
    var json = false

    func run() throws {
        try GangwayRunner.run(json: json) {
            let context = try CommandContext(options: global)
            let database = try context.openDatabase(create: false)
            let report = StatusReport(
                database: context.configuration.database.path.path,
                configFile: context.configuration.file?.path,
                health: try database.health(),
                jobs: try database.lastJobRuns(),
                inbox: InboxCounts(
                    folder: InboxFolder(root: context.configuration.inbox.path), now: context.clock.now(),
                    settleSeconds: context.configuration.import.settleSeconds),
                spool: SpoolCounts(outbox: context.configuration.outbox.path))
            if json {
                try context.printJSON(report)
            } else {
                report.lines(zone: context.configuration.operator.timeZone.identifier).forEach(context.print)
            }
            return report.health.integrity == "ok" ? 0 : 1
        }
    }
}
