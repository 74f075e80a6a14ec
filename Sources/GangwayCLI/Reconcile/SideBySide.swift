import Foundation

/// Runs independent pieces of work at once (writing the two report files while the write-ahead
/// log is folded in): ``run(_:)`` each on its own thread, returning when all have ended and
/// rethrowing the first error thrown (in the order given); ``start(_:)`` one in the background.
enum SideBySide {
    static func run(_ works: [@Sendable () throws -> Void]) throws {
        let errors = Errors(count: works.count)
        DispatchQueue.concurrentPerform(iterations: works.count) { index in
            do {
                try works[index]()
            } catch {
                errors.set(error, at: index)
            }
        }
        if let error = errors.first { throw error }
    }

    /// Starts `work` on a thread of its own; ``Started/wait()`` waits for it and rethrows its error.
    static func start(_ work: @escaping @Sendable () throws -> Void) -> Started {
        let started = Started()
        let thread = Thread {
            let outcome = Result { try work() }
            started.finish(outcome)
        }
        thread.name = "gangway.side-by-side"
        thread.start()
        return started
    }

    /// A piece of work started by ``start(_:)``.
    final class Started: @unchecked Sendable {
        private let condition = NSCondition()
        private var outcome: Result<Void, any Error>?

        fileprivate func finish(_ outcome: Result<Void, any Error>) {
            condition.lock()
            self.outcome = outcome
            condition.broadcast()
            condition.unlock()
        }

        /// Waits for the work to end; rethrows what it threw.
        func wait() throws {
            condition.lock()
            while outcome == nil { condition.wait() }
            let outcome = outcome
            condition.unlock()
            try outcome?.get()
        }
    }

    /// The errors of the pieces, by position.
    private final class Errors: @unchecked Sendable {
        private let lock = NSLock()
        private var errors: [(any Error)?]

        init(count: Int) { errors = Array(repeating: nil, count: count) }

        func set(_ error: any Error, at index: Int) {
            lock.lock()
            errors[index] = error
            lock.unlock()
        }

        var first: (any Error)? {
            lock.lock()
            defer { lock.unlock() }
            return errors.lazy.compactMap { $0 }.first
        }
    }
}
