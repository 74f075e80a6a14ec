import Foundation
import GangwayCore
import Testing

/// The produce-there, consume-here pipeline of `gangway reconcile`: order, outcome and both error paths.
struct BatchPipelineTests {
    struct Failure: Error, Equatable { let at: Int }

    @Test func everyElementArrivesInOrderAndTheOutcomeIsReturned() throws {
        var seen: [Int] = []
        let outcome = try BatchPipeline<Int, String>.run(
            batchSize: 7,
            produce: { send in
                for value in 0..<1_000 { try send(value) }
                return "done"
            },
            consume: { seen.append($0) })
        #expect(outcome == "done")
        #expect(seen == Array(0..<1_000))
    }

    @Test func aProducerFailureComesAfterWhatWasSentBefore() throws {
        var seen: [Int] = []
        #expect(throws: Failure(at: 500)) {
            _ = try BatchPipeline<Int, String>.run(
                batchSize: 64,
                produce: { send in
                    for value in 0..<500 { try send(value) }
                    throw Failure(at: 500)
                },
                consume: { seen.append($0) })
        }
        // Whole batches sent before the failure were consumed; the part batch was dropped.
        #expect(seen == Array(0..<448))
    }

    @Test func aConsumerFailureStopsTheProducerAndIsWhatIsThrown() throws {
        let produced = Counter()
        #expect(throws: Failure(at: 100)) {
            _ = try BatchPipeline<Int, String>.run(
                batchSize: 10,
                produce: { send in
                    for value in 0..<1_000_000 {
                        try send(value)
                        produced.add()
                    }
                    return "never"
                },
                consume: { if $0 == 100 { throw Failure(at: 100) } })
        }
        // The producer ended before `run` returned and went at most a few batches further.
        #expect(produced.value < 100 + 10 * (BatchPipeline<Int, String>.maxQueued + 2))
    }

    final class Counter: @unchecked Sendable {
        private let lock = NSLock()
        private var count = 0
        func add() { lock.withLock { count += 1 } }
        var value: Int { lock.withLock { count } }
    }
}
