import ArgumentParser

/// `gangway receipts …`: 54-FZ receipts that are due after the sale.
struct ReceiptsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "receipts", abstract: "Send the 54-FZ receipts due after a sale.",
        subcommands: [ReceiptsSettleCommand.self])
}
