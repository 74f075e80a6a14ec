import ArgumentParser

/// `gangway site …`
struct SiteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "site", abstract: "The static storefront.", subcommands: [SiteBuildCommand.self])
}
