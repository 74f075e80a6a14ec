import Foundation
import GangwayStore
import Logging

/// Reads the recorded payments of the days export rows fall on, on a thread of its own, while
/// those rows are still being parsed and loaded (``PaymentsReadAhead``): the first day asked for
/// starts a read; days asked for during it are read after it. A failed read only costs time:
/// ``finish()`` then gives nothing and the run reads the payments itself.
final class PaymentPrefetcher: @unchecked Sendable {
    private let database: AppDatabase
    private let logger: Logger
    private let ahead = PaymentsReadAhead()

    // Everything below is guarded by `condition`.
    private let condition = NSCondition()
    private var asked: Set<ReconcileDay> = []
    private var pending: [ReconcileDay] = []
    private var running = false
    private var failed = false

    init(database: AppDatabase, logger: Logger) {
        self.database = database
        self.logger = logger
    }

    /// Asks for the payments of `day` (once per day: callers ask when the day of their rows changes).
    func ask(_ day: ReconcileDay) {
        condition.lock()
        defer { condition.unlock() }
        guard !failed, asked.insert(day).inserted else { return }
        pending.append(day)
        guard !running else { return }
        running = true
        let thread = Thread { [self] in work() }
        thread.name = "gangway.reconcile.payments"
        thread.start()
    }

    /// Waits for the reads asked for and returns what they read; nil when nothing was asked or a
    /// read failed. Call it outside any database access of this thread's.
    func finish() -> PaymentsReadAhead? {
        condition.lock()
        defer { condition.unlock() }
        while running { condition.wait() }
        return failed || ahead.days.isEmpty ? nil : ahead
    }

    private func work() {
        while true {
            condition.lock()
            let days = pending
            pending = []
            if days.isEmpty || failed {
                running = false
                condition.broadcast()
                condition.unlock()
                return
            }
            condition.unlock()
            do {
                try database.readPayments(on: days, into: ahead)
            } catch {
                logger.warning(
                    "reconcile.payments-ahead", metadata: ["error": .string(GangwayRunner.failure(for: error).message)])
                condition.lock()
                failed = true
                condition.unlock()
            }
        }
    }
}
