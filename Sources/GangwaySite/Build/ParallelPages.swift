import Foundation

/// Runs page work on every core: the pages of a build are independent (each renders its own
/// context; ``SiteWriter`` takes submissions from many threads), so a build scales with cores.
enum ParallelPages {
    /// Calls `body` once for each of `items`, spread over the machine's cores, and returns when
    /// all calls have. The first error thrown is rethrown (the other items still run, so the
    /// writer's record of what was submitted stays whole).
    static func forEach<Item: Sendable>(_ items: [Item], _ body: (Item) throws -> Void) throws {
        guard items.count > 1 else {
            for item in items { try body(item) }
            return
        }
        let workers = min(items.count, processors)
        let failure = FirstError()
        withoutActuallyEscaping(body) { body in
            let shared = UnsafeSendable(body)
            DispatchQueue.concurrentPerform(iterations: workers) { worker in
                var index = worker
                while index < items.count {
                    do {
                        try shared.value(items[index])
                    } catch {
                        failure.record(error)
                    }
                    index += workers
                }
            }
        }
        if let error = failure.error { throw error }
    }

    /// `items.map(transform)`, computed on every core.
    static func map<Item: Sendable, Result>(_ items: [Item], _ transform: (Item) -> Result) -> [Result] {
        guard items.count > 1 else { return items.map(transform) }
        let workers = min(items.count, processors)
        var results = [Result?](repeating: nil, count: items.count)
        results.withUnsafeMutableBufferPointer { buffer in
            // Each worker writes only its own indices.
            let slots = UnsafeSendable(buffer)
            withoutActuallyEscaping(transform) { transform in
                let shared = UnsafeSendable(transform)
                DispatchQueue.concurrentPerform(iterations: workers) { worker in
                    var index = worker
                    while index < items.count {
                        slots.value[index] = shared.value(items[index])
                        index += workers
                    }
                }
            }
        }
        return results.map { $0! }
    }

    /// The first error any worker met.
    /// The processors to use, asked once: Foundation reads the cgroup files on every call (several
    /// milliseconds on a busy machine, and a build asks for every list it renders).
    private static let processors = max(1, ProcessInfo.processInfo.activeProcessorCount)

    private final class FirstError: @unchecked Sendable {
        private let lock = NSLock()
        private var first: Error?

        func record(_ error: Error) { lock.withLock { if first == nil { first = error } } }
        var error: Error? { lock.withLock { first } }
    }

    /// A closure that is safe to call from several threads at once (page work only reads shared
    /// state; the writer locks its own).
    private struct UnsafeSendable<Value>: @unchecked Sendable {
        let value: Value
        init(_ value: Value) { self.value = value }
    }
}
