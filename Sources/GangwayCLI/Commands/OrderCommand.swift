import ArgumentParser

/// `gangway order …`: support's view of one order, and refunds.
struct OrderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "order", abstract: "Look at an order, refund it.",
        subcommands: [OrderShowCommand.self, OrderRefundCommand.self])
}
