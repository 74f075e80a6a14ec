import Foundation
import Testing

@testable import GangwayCLI

/// Independent pieces of a run's end (two report files, the log folded in) done at once.
struct SideBySideTests {
    struct Failure: Error, Equatable { var piece: Int }

    final class Counter: @unchecked Sendable {
        private let lock = NSLock()
        private var done: Set<Int> = []
        func finish(_ piece: Int) {
            lock.lock()
            done.insert(piece)
            lock.unlock()
        }
        var finished: Set<Int> {
            lock.lock()
            defer { lock.unlock() }
            return done
        }
    }

    @Test func everyPieceRunsAndTheFirstFailureInOrderIsRethrownAfterAll() {
        let counter = Counter()
        #expect(throws: Failure(piece: 1)) {
            try SideBySide.run([
                { counter.finish(0) },
                {
                    counter.finish(1)
                    throw Failure(piece: 1)
                },
                {
                    Thread.sleep(forTimeInterval: 0.05)
                    counter.finish(2)
                    throw Failure(piece: 2)
                },
                { counter.finish(3) },
            ])
        }
        #expect(counter.finished == [0, 1, 2, 3])
    }

    @Test func piecesThatSucceedReturnNormally() throws {
        let counter = Counter()
        try SideBySide.run((0..<3).map { piece in { counter.finish(piece) } })
        #expect(counter.finished == [0, 1, 2])
    }
}
