import Foundation

/// Work started on a thread of its own now, its result collected later: a site build reads the
/// previous manifest and prepares its templates while it reads the catalog from the database.
/// For a large site each takes tens of milliseconds, and an incremental build is short enough
/// for that to matter.
public final class BackgroundWork<Value: Sendable>: @unchecked Sendable {
    private let condition = NSCondition()
    private var outcome: Result<Value, any Error>?  // guarded by `condition`

    /// Starts `work`.
    public init(_ work: @escaping @Sendable () throws -> Value) {
        let thread = Thread { [self] in
            let result = Result { try work() }
            condition.withLock {
                outcome = result
                condition.broadcast()
            }
        }
        thread.start()
    }

    /// What the work gave (its value or its error), waiting for it if need be.
    public var result: Result<Value, any Error> {
        condition.withLock {
            while outcome == nil { condition.wait() }
            return outcome!
        }
    }

    /// The work's value, waiting for it if need be; rethrows its error.
    public func value() throws -> Value { try result.get() }
}
