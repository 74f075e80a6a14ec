import Foundation

/// Runs a producer (parsing an export; reading rows on a reader connection) on a second thread
/// while the calling thread consumes what it produces (inserting rows: the store's writer
/// connection stays on the thread that holds it). The
/// elements cross in batches, so the hand-over costs one lock per batch, not per row, and at most
/// ``maxQueued`` batches wait, which bounds memory whatever the file's size.
///
/// Errors: if the producer throws, the batches it sent before are still consumed and then its
/// error is rethrown (the caller's transaction then keeps nothing). If the consumer throws, the
/// producer is stopped at its next batch and waited for, and the consumer's error is rethrown.
public final class BatchPipeline<Element: Sendable, Outcome: Sendable>: @unchecked Sendable {
    public static var maxQueued: Int { 4 }

    /// Thrown inside the producer once the consumer gave up; never reaches the caller.
    struct Stopped: Error {}

    // Everything below is guarded by `condition`.
    private let condition = NSCondition()
    private var queue: [[Element]] = []
    private var result: Result<Outcome, any Error>?
    private var stopped = false

    private init() {}

    /// Runs `produce` on a new thread — it calls `send` for each element in order and returns its
    /// outcome — and `consume` on this thread for each element, in the same order.
    public static func run(
        batchSize: Int = 2048,
        produce: @escaping @Sendable (_ send: (Element) throws -> Void) throws -> Outcome,
        consume: (Element) throws -> Void
    ) throws -> Outcome {
        let pipeline = BatchPipeline()
        let size = max(1, batchSize)
        let thread = Thread {
            var batch: [Element] = []
            batch.reserveCapacity(size)
            let outcome = Result<Outcome, any Error> {
                let value = try produce { element in
                    batch.append(element)
                    if batch.count >= size {
                        try pipeline.push(batch)
                        batch.removeAll(keepingCapacity: true)
                    }
                }
                if !batch.isEmpty { try pipeline.push(batch) }
                return value
            }
            pipeline.finish(outcome)
        }
        thread.name = "gangway.reconcile.parse"
        thread.stackSize = 8 << 20
        thread.start()
        do {
            while let batch = pipeline.take() {
                for element in batch { try consume(element) }
            }
        } catch {
            pipeline.stop()
            throw error
        }
        return try pipeline.outcome()
    }

    /// Producer side: queues a batch, waiting while the queue is full; throws once stopped.
    private func push(_ batch: [Element]) throws {
        condition.lock()
        defer { condition.unlock() }
        while queue.count >= Self.maxQueued && !stopped {
            condition.wait()
        }
        if stopped { throw Stopped() }
        queue.append(batch)
        condition.broadcast()
    }

    /// Producer side: the producer is done (or failed).
    private func finish(_ outcome: Result<Outcome, any Error>) {
        condition.lock()
        result = outcome
        condition.broadcast()
        condition.unlock()
    }

    /// Consumer side: the next batch, or nil once the producer is done and everything was taken.
    private func take() -> [Element]? {
        condition.lock()
        defer { condition.unlock() }
        while queue.isEmpty && result == nil {
            condition.wait()
        }
        guard !queue.isEmpty else { return nil }
        let batch = queue.removeFirst()
        condition.broadcast()
        return batch
    }

    /// Consumer side: the producer's outcome (it has finished when `take` returned nil).
    private func outcome() throws -> Outcome {
        condition.lock()
        defer { condition.unlock() }
        while result == nil {
            condition.wait()
        }
        guard let result else { throw Stopped() }
        return try result.get()
    }

    /// Consumer side, after a failure: stops the producer, drops what waits and waits for the
    /// producer thread to end (so nothing of it outlives the caller's transaction).
    private func stop() {
        condition.lock()
        stopped = true
        queue.removeAll()
        condition.broadcast()
        while result == nil {
            condition.wait()
        }
        condition.unlock()
    }
}
