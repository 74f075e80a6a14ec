import ArgumentParser
import Foundation
import GangwayCore
import GangwayPayments
import GangwayServer
import GangwayStore

/// `gangway order refund CODE [--tickets A,B] [--amount 1500.00] --reason TEXT [--operator NAME]`
struct OrderRefundCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "refund",
        abstract: "Refund an order, or some of its tickets: void them, free their places, record the refund.",
        discussion: """
            Without --tickets the whole order is refunded. The amount defaults to what is left of the payment \
            for a whole refund, else to what the tickets cost. A ЮKassa payment is refunded through the ЮKassa \
            API with a refund receipt (GANGWAY_YOOKASSA_SHOP_ID and GANGWAY_YOOKASSA_SECRET_KEY must be set); \
            running the same refund again after a failure reuses its idempotence key, so it is never paid out \
            twice. For a ЮMoney wallet payment the money must be sent back by a person: the command says how \
            much and for which operation. Every refund is in the audit log with who ran it (--operator, else \
            the login name). Exit 65 when the refund is refused, 69 when ЮKassa cannot be reached.
            """)

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The order code.")
    var code: String

    @Option(help: "Ticket codes to refund, comma-separated (default: every ticket).")
    var tickets: String?

    @Option(help: "Amount in roubles, e.g. 1500.00 (default: see above).")
    var amount: String?

    @Option(help: "Why (recorded).")
    var reason: String

    @Option(name: .customLong("operator"), help: "Who is refunding (default: the login name).")
    var actor: String?

    func run() async throws {
        try await GangwayRunner.runAsync(json: false) {
            let context = try CommandContext(options: global)
            var money: Money?
            if let amount {
                guard case .success(let parsed) = MoneyParser.parse(amount), parsed.kopecks > 0 else {
                    throw CommandFailure(
                        "--amount is not an amount in roubles: \(amount)", exitCode: CommandFailure.usage)
                }
                money = parsed
            }
            guard !reason.trimmingCharacters(in: .whitespaces).isEmpty else {
                throw CommandFailure("--reason must say why", exitCode: CommandFailure.usage)
            }
            let who =
                actor ?? context.environment.variables["USER"] ?? context.environment.variables["LOGNAME"] ?? "unknown"
            let database = try context.openDatabase(create: false)
            let request = RefundRequest(
                orderCode: code,
                tickets: tickets.map { $0.split(separator: ",").map(String.init).filter { !$0.isEmpty } } ?? [],
                amount: money, reason: reason, actor: who)
            let result: RefundResult
            do {
                let now = context.clock.now()
                let plan = try database.planRefund(request, at: now)
                let providerRefund =
                    plan.provider == .yookassa
                    ? try await Self.refundThroughYooKassa(plan, reason: reason, database: database, context: context)
                    : nil
                result = try database.refund(request, at: context.clock.now(), through: providerRefund)
            } catch let failure as RefundFailure {
                throw CommandFailure(failure.description, exitCode: CommandFailure.dataError)
            }
            context.print(
                "refund of \(result.amount.decimalString) RUB recorded for order \(result.orderCode)"
                    + (result.voidedTickets.isEmpty
                        ? "" : "; tickets void: \(result.voidedTickets.joined(separator: ", "))")
                    + (result.orderRefunded ? "; the order is refunded" : ""))
            if !result.manual {
                context.print(
                    "ЮKassa refund sent with its refund receipt; the money goes back to the payer's card or wallet.")
            }
            if result.manual {
                context.print(
                    "ЮMoney wallets have no refund API: send \(result.amount.decimalString) RUB back to the payer of "
                        + "ЮMoney operation \(result.paymentProviderID) (find it in the wallet's history) by hand.")
            }
            return 0
        }
    }

    /// Refunds `plan` through the ЮKassa API (see ``YooKassaOperations``), mapping its failures
    /// to exit codes: 69 when it cannot be reached (run the same command again), 65 when refused.
    static func refundThroughYooKassa(
        _ plan: RefundPlan, reason: String, database: AppDatabase, context: CommandContext
    ) async throws -> ProviderRefund {
        let operations = try context.yookassaOperations(database)
        do {
            return try await operations.refund(plan, reason: reason)
        } catch let error as YooKassaError {
            throw CommandFailure(
                "\(error)"
                    + (error.isRetryable ? "; nothing was refunded or changed here, run the same command again" : ""),
                exitCode: error.isRetryable ? CommandFailure.unavailable : CommandFailure.dataError)
        }
    }
}
