import ArgumentParser

/// The `gangway` command tree.
public struct Gangway: AsyncParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "gangway",
        abstract: "Ticket sales for water excursions, events on board and charters.",
        discussion: """
            Exit codes: 0 done, 64 bad usage or configuration, 65 bad input data (a file was rejected), \
            69 the database (or another service a command needs) is unavailable, 75 try again later (another run \
            holds the job's lock, or the database is busy), 1 other failure.
            """,
        subcommands: [
            ImportCommand.self, SailingsCommand.self, SiteCommand.self, ServeCommand.self, HoldsCommand.self,
            OrderCommand.self, ReceiptsCommand.self, ReconcileCommand.self,
            StatusCommand.self,
        ]
    )

    public init() {}
}
