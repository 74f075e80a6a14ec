import Dispatch

/// Runs a blocking database call on a Dispatch thread and awaits it, so a request waiting for
/// SQLite (a busy writer in another process, a slow disk) never holds one of the few threads of
/// Swift's cooperative pool that every other request needs.
enum Blocking {
    private static let queue = DispatchQueue(label: "gangway.database", attributes: .concurrent)

    static func run<Value: Sendable>(_ work: @escaping @Sendable () throws -> Value) async throws -> Value {
        try await withCheckedThrowingContinuation { continuation in
            queue.async { continuation.resume(with: Result { try work() }) }
        }
    }
}
