import ArgumentParser

/// The `gangway` command tree.
public struct Gangway: AsyncParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "gangway",
        abstract: "Ticket sales for water excursions, events on board and charters.",
        discussion: """
            Exit codes: 0 done, 64 bad usage, 65 bad input data (something was rejected),
            69 a needed service is unavailable, 75 another run holds the job's lock (try later), 1 other failure.
            """,
        subcommands: [ImportCommand.self, SailingsCommand.self, StatusCommand.self]
    )

    public init() {}
}
