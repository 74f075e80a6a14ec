import ArgumentParser
import Foundation
import GangwayCore
import GangwayPayments
import GangwayServer
import GangwayStore

/// `gangway receipts settle [--json] [--limit N]`
struct ReceiptsSettleCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "settle",
        abstract: "Send the settlement receipt of every ЮKassa order whose trip has taken place.",
        discussion: """
            A ticket paid before the trip was receipted as a prepayment (full_prepayment). Once the sailing has \
            departed (or the charter begun), 54-FZ needs a second receipt: full_payment, settled against the \
            prepayment. This sends it through ЮKassa for the places still valid (refunded ones are left out), \
            once per order: each request has its idempotence key recorded, so a rerun or a retry never sends \
            a receipt twice. ЮMoney wallet orders have no receipts. Exit 69 when ЮKassa cannot be reached \
            (the rest is retried by the next run), 65 when ЮKassa refused a receipt (see the log), 75 when \
            another run is busy.
            """)

    @OptionGroup var global: GlobalOptions

    @Flag(help: "Print the summary as JSON.")
    var json = false

    @Option(help: "At most this many orders per run.")
    var limit = 1_000

    func run() async throws {
        try await GangwayRunner.runAsync(json: json) {
            let context = try CommandContext(options: global)
            let database = try context.openDatabase(create: false)
            let now = context.clock.now()
            let lock = try JobLock.acquire(
                name: "receipts", at: JobLock.url(forJob: "receipts", database: context.configuration.database.path))
            guard let lock else {
                try database.recordSkippedRun("receipts-settle", at: now)
                throw CommandFailure(
                    "another receipts run is busy; skipped", exitCode: CommandFailure.temporaryFailure)
            }
            defer { lock.release() }
            let due = try database.settlementsDue(now: now, limit: max(1, limit))
            let runID = try database.startJobRun("receipts-settle", at: now)
            var summary = SettlementSummary(due: due.count)
            if !due.isEmpty {
                let operations = try context.yookassaOperations(database)
                for code in due {
                    await settle(code, operations: operations, context: context, summary: &summary)
                    if summary.unavailable > 0 { break }
                }
            }
            let exitCode: Int32 =
                summary.unavailable > 0
                ? CommandFailure.unavailable : (summary.refused > 0 ? CommandFailure.dataError : 0)
            try database.finishJobRun(
                runID, outcome: exitCode == 0 ? "ok" : "failed", exitCode: Int(exitCode), summary: summary.json,
                at: context.clock.now())
            if json {
                context.print(summary.json)
            } else {
                context.print(
                    "receipts: \(summary.sent) settlement receipt(s) sent of \(summary.due) due"
                        + (summary.refused > 0 ? ", \(summary.refused) refused" : "")
                        + (summary.unavailable > 0 ? "; ЮKassa unavailable, the rest waits for the next run" : ""))
            }
            return exitCode
        }
    }

    private func settle(
        _ code: String, operations: YooKassaOperations, context: CommandContext, summary: inout SettlementSummary
    ) async {
        do {
            switch try await operations.settle(order: code) {
            case .sent: summary.sent += 1
            case .nothingToSettle: summary.skipped += 1
            case .canceled(let receiptID):
                summary.refused += 1
                context.report("gangway: order \(code): ЮKassa canceled settlement receipt \(receiptID)")
            }
        } catch let error as YooKassaError {
            if error.isRetryable { summary.unavailable += 1 } else { summary.refused += 1 }
            context.report("gangway: order \(code): \(error)")
        } catch {
            summary.refused += 1
            context.report("gangway: order \(code): \(GangwayRunner.failure(for: error).message)")
        }
    }
}
