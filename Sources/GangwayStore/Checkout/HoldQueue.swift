import Dispatch
import Foundation
import GangwayCore

/// Group commit for holds. SQLite has one writer at a time (that is what makes overselling
/// impossible across processes), so holds per second are one over the time a hold spends inside the
/// write lock; most of a lone hold's time there is its commit. Holds that arrive while a write
/// transaction runs wait here and go together into the next one (``AppDatabase/placeHolds``): one
/// savepoint each, one commit for all, at most `maximumBatch` at a time. A hold waits for at most
/// the transaction before its own; nothing is answered before its transaction committed.
public final class HoldQueue: @unchecked Sendable {
    /// How many batches and holds went through, the largest batch, and how many holds wait now
    /// for a transaction (for `/metrics` and tests).
    public struct Statistics: Sendable, Equatable {
        public var batches = 0
        public var holds = 0
        public var largestBatch = 0
        public var waiting = 0
        /// Sailings known without a read before the write lock, and how many preloads filled them.
        public var sailingsKnown = 0
        public var preloads = 0

        public init() {}
    }

    private struct Waiting {
        var hold: QueuedHold
        var continuation: CheckedContinuation<PlacedHold, any Error>
    }

    public let database: AppDatabase
    public let maximumBatch: Int
    private let observe: @Sendable (HoldTransaction) -> Void
    private let lock = NSLock()
    private var waiting: [Waiting] = []
    private var draining = false
    private var counts = Statistics()
    /// Sailings as read for earlier holds, under the catalog generation the last transaction saw:
    /// a hold for one of them needs no read before the write lock.
    private var sailings: [String: SailingForSale] = [:]
    private var sailingsGeneration: Int64?
    private let sailingLimit = 20_000
    private var preloading = false
    private let queue = DispatchQueue(label: "gangway.holds")

    /// `observe` runs on the writer after each committed transaction (see ``HoldTransaction``).
    public init(
        database: AppDatabase, maximumBatch: Int = 64,
        observe: @escaping @Sendable (HoldTransaction) -> Void = { _ in }
    ) {
        self.database = database
        self.maximumBatch = max(1, maximumBatch)
        self.observe = observe
    }

    public var statistics: Statistics {
        lock.withLock {
            var now = counts
            now.waiting = waiting.count
            now.sailingsKnown = sailings.count
            return now
        }
    }

    /// Places one hold (see ``AppDatabase/placeHold(_:policy:now:)``) in the next group commit.
    /// Throws its ``HoldFailure``, or the error of its transaction.
    public func place(_ request: HoldRequest, policy: CheckoutPolicy, now: Int64) async throws -> PlacedHold {
        let known: (Int64, SailingForSale)? = lock.withLock {
            guard let generation = sailingsGeneration, let sailing = sailings[request.sailingID] else { return nil }
            return (generation, sailing)
        }
        let hold: QueuedHold
        if let (generation, sailing) = known {
            hold = database.queueHold(request, policy: policy, now: now, generation: generation, sailing: sailing)
        } else {
            hold = try await database.queueHold(request, policy: policy, now: now)
            if let sailing = hold.sailing {
                lock.withLock {
                    guard hold.generation == sailingsGeneration else { return }
                    if sailings.count >= sailingLimit { sailings.removeAll() }
                    sailings[sailing.id] = sailing
                }
            }
        }
        return try await withCheckedThrowingContinuation { continuation in
            let start = lock.withLock {
                waiting.append(Waiting(hold: hold, continuation: continuation))
                if draining { return false }
                draining = true
                return true
            }
            if start { queue.async { self.drain() } }
        }
    }

    /// Reads every sailing still to depart (up to the cache's limit) in one pass, so that holds
    /// for them need no read before the write lock: `gangway serve` calls it at start, and the
    /// queue again whenever an import moves the catalog generation. Kept only if no transaction saw
    /// another generation meanwhile; a failed read is harmless (each hold then reads its sailing).
    public func preload(now: Int64) async {
        let start = lock.withLock {
            if preloading { return false }
            preloading = true
            return true
        }
        guard start else { return }
        defer { lock.withLock { preloading = false } }
        let limit = sailingLimit
        guard
            let (generation, found) = try? await database.writer.read({ db in
                (try SailingForSale.generation(db), try SailingForSale.loadAll(db, departingAfter: now, limit: limit))
            })
        else { return }
        lock.withLock {
            if let current = sailingsGeneration, current != generation { return }
            sailingsGeneration = generation
            for sailing in found where sailings.count < sailingLimit { sailings[sailing.id] = sailing }
            counts.preloads += 1
        }
    }

    /// Runs batches until nobody waits.
    private func drain() {
        while true {
            let batch: [Waiting] = lock.withLock {
                let taken = Array(waiting.prefix(maximumBatch))
                waiting.removeFirst(taken.count)
                if taken.isEmpty { draining = false }
                return taken
            }
            if batch.isEmpty { return }
            let outcome = database.placeHolds(batch.map(\.hold), observe: observe)
            let moved = lock.withLock {
                counts.batches += 1
                counts.holds += batch.count
                counts.largestBatch = max(counts.largestBatch, batch.count)
                guard let generation = outcome.generation, generation != sailingsGeneration else { return false }
                let moved = sailingsGeneration != nil
                sailings.removeAll()
                sailingsGeneration = generation
                return moved
            }
            if moved, let now = batch.first?.hold.now {
                // An import changed the catalog: read its sailings again, away from the writer.
                Task { await self.preload(now: now) }
            }
            for (index, item) in batch.enumerated() {
                item.continuation.resume(
                    with: index < outcome.results.count
                        ? outcome.results[index] : .failure(StoreError.failed("a hold got no result")))
            }
        }
    }
}
