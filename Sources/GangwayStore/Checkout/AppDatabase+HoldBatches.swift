import GRDB
import GangwayCore

extension AppDatabase {
    /// Places `holds` with one group commit: one immediate write transaction, each hold inside its
    /// own savepoint (a hold that fails rolls back its savepoint only and gets its own failure; the
    /// others go on), one commit for all. The guarantees are the single hold's: every claim is
    /// checked and written inside the write transaction, and a hold placed earlier in the batch is
    /// seen by the ones after it, as if they had come one after another.
    ///
    /// When the shared transaction itself fails (its commit, or an error that ended it), nothing of
    /// it was written, and each hold is tried again in a transaction of its own, so one bad hold
    /// cannot fail the others. `observe` runs on the writer, after each transaction that committed,
    /// before the next write of this process can start (see ``HoldTransaction``).
    func placeHolds(_ holds: [QueuedHold], observe: (HoldTransaction) -> Void = { _ in }) -> HoldBatchOutcome {
        guard !holds.isEmpty else { return HoldBatchOutcome(results: [], transactions: []) }
        do {
            return try writer.writeWithoutTransaction { db in
                let (results, transaction) = try Self.holdTransaction(db, holds)
                observe(transaction)
                return HoldBatchOutcome(
                    results: results, transactions: [transaction], generation: transaction.generation)
            }
        } catch {
            guard holds.count > 1 else { return HoldBatchOutcome(results: [.failure(error)], transactions: []) }
            var outcome = HoldBatchOutcome(results: [], transactions: [])
            for hold in holds {
                let alone = placeHolds([hold], observe: observe)
                outcome.results += alone.results
                outcome.transactions += alone.transactions
                outcome.generation = alone.generation ?? outcome.generation
            }
            return outcome
        }
    }

    /// The writer's change token now, handed to `observe` on the writer (so that it is ordered
    /// with the ``HoldTransaction``s that ``placeHolds(_:observe:)`` reports).
    public func observeChanges(_ observe: (ChangeToken) -> Void) throws {
        try writer.writeWithoutTransaction { db in observe(try Self.changeToken(db)) }
    }

    static func changeToken(_ db: Database) throws -> ChangeToken {
        ChangeToken(
            dataVersion: try Int64.fetchOne(db.cachedStatement(sql: "PRAGMA data_version")) ?? 0,
            ownChanges: db.totalChangesCount)
    }

    private static func holdTransaction(
        _ db: Database, _ holds: [QueuedHold]
    ) throws -> ([Result<PlacedHold, any Error>], HoldTransaction) {
        var results: [Result<PlacedHold, any Error>] = []
        var placed: [PlacedHold] = []
        var before = ChangeToken(dataVersion: 0, ownChanges: 0)
        var generation: Int64 = 0
        try db.inTransaction(.immediate) {
            // Nothing can commit from here to this transaction's end: what the token says now is
            // what this transaction starts from.
            before = try changeToken(db)
            generation = try SailingForSale.generation(db)
            var reloaded: [String: SailingForSale] = [:]
            var missing: Set<String> = []
            for hold in holds {
                var sailing = hold.sailing
                let id = hold.request.sailingID
                if hold.generation != generation {
                    // An import changed the catalog since the sailing was read: read it again, here.
                    if let known = reloaded[id] {
                        sailing = known
                    } else if missing.contains(id) {
                        sailing = nil
                    } else {
                        sailing = try SailingForSale.load(db, sailingID: id)
                        if let sailing { reloaded[id] = sailing } else { missing.insert(id) }
                    }
                }
                do {
                    var one: PlacedHold?
                    try db.inSavepoint {
                        one = try placeHold(db, hold, sailing: sailing)
                        return .commit
                    }
                    guard let one else { throw StoreError.failed("a hold savepoint returned nothing") }
                    results.append(.success(one))
                    placed.append(one)
                } catch let failure as HoldFailure {
                    results.append(.failure(failure))
                } catch {
                    // Rolled back to its savepoint, this hold fails alone; if the error ended the
                    // whole transaction, the batch is tried again hold by hold.
                    guard db.isInsideTransaction else { throw error }
                    results.append(.failure(error))
                }
            }
            return .commit
        }
        let transaction = HoldTransaction(
            before: before, after: try changeToken(db), placed: placed, generation: generation)
        return (results, transaction)
    }
}
