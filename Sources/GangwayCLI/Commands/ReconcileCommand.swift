import ArgumentParser

/// `gangway reconcile …`: payment exports against orders (docs/reconciliation.md).
struct ReconcileCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reconcile", abstract: "Reconcile payment exports against orders, to the kopeck.",
        subcommands: [ReconcileRunCommand.self, ReconcileResolveCommand.self],
        defaultSubcommand: ReconcileRunCommand.self)
}
