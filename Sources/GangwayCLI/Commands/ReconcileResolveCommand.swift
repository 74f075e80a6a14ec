import ArgumentParser
import GangwayStore

/// `gangway reconcile resolve ID --decision TEXT [--operator NAME]`
struct ReconcileResolveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "resolve",
        abstract: "Record what was decided about a reconciliation finding.",
        discussion: """
            ID is the number in the report's first column. The decision is free text (\"refunded to the payer \
            2027-06-20\", \"attached to GW-…\"); it is shown in every later report with who recorded it \
            (--operator, else the login name) and written to the audit log. Recording a decision changes no \
            money: do what was decided (a refund, a confirmation) with the commands for it. Exit 65 for an \
            unknown finding.
            """)

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The finding's number.")
    var id: Int64

    @Option(help: "What was decided.")
    var decision: String

    @Option(name: .customLong("operator"), help: "Who decided (default: the login name).")
    var actor: String?

    func run() throws {
        try GangwayRunner.run(json: false) {
            let context = try CommandContext(options: global)
            guard !decision.trimmingCharacters(in: .whitespaces).isEmpty else {
                throw CommandFailure("--decision must say what was decided", exitCode: CommandFailure.usage)
            }
            let database = try context.openDatabase(create: false)
            let who =
                actor ?? context.environment.variables["USER"] ?? context.environment.variables["LOGNAME"] ?? "unknown"
            do {
                try database.resolveFinding(id: id, resolution: decision, actor: who, at: context.clock.now())
            } catch let failure as ReconcileFailure {
                throw CommandFailure(failure.description, exitCode: CommandFailure.dataError)
            }
            context.print("finding \(id): decision recorded by \(who)")
            return 0
        }
    }
}
