import ArgumentParser

/// `gangway sailings …`
struct SailingsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sailings", abstract: "Look at sailings.", subcommands: [SailingsListCommand.self],
        defaultSubcommand: SailingsListCommand.self)
}
