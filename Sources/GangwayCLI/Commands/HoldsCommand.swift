import ArgumentParser

/// `gangway holds …`
struct HoldsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "holds", abstract: "Seat and place holds.", subcommands: [HoldsExpireCommand.self])
}
