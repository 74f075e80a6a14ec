import Foundation
import GangwayCore

/// Works out SHA-256 of a file's chunks on a second thread while the reader parses them, so hashing
/// costs no time on a machine with a spare core. At most ``maxQueued`` chunks wait, which bounds memory;
/// the chunks are shared with the reader, not copied.
final class BackgroundHasher: @unchecked Sendable {
    static let maxQueued = 4

    // Everything below is guarded by `condition`.
    private let condition = NSCondition()
    private var queue: [[UInt8]] = []
    private var inputEnded = false
    private var digest: String?

    init() {
        let thread = Thread { [self] in run() }
        thread.name = "gangway.reconcile.sha256"
        thread.start()
    }

    /// Queues the next chunk, waiting while the queue is full.
    func feed(_ chunk: [UInt8]) {
        condition.lock()
        while queue.count >= Self.maxQueued && !inputEnded {
            condition.wait()
        }
        if !inputEnded {
            queue.append(chunk)
            condition.broadcast()
        }
        condition.unlock()
    }

    /// Ends the input and waits for the digest (lower-case hex).
    func finish() -> String {
        condition.lock()
        defer { condition.unlock() }
        inputEnded = true
        condition.broadcast()
        while digest == nil {
            condition.wait()
        }
        return digest ?? ""
    }

    /// Ends the input without waiting, when the read is abandoned: the thread drains and exits.
    func abandon() {
        condition.lock()
        inputEnded = true
        queue.removeAll()
        condition.broadcast()
        condition.unlock()
    }

    private func run() {
        var hasher = SHA256()
        while true {
            condition.lock()
            while queue.isEmpty && !inputEnded {
                condition.wait()
            }
            if queue.isEmpty {
                condition.unlock()
                break
            }
            let chunk = queue.removeFirst()
            condition.broadcast()
            condition.unlock()
            hasher.update(chunk)
        }
        let hex = hasher.finalizeHex()
        condition.lock()
        digest = hex
        condition.broadcast()
        condition.unlock()
    }
}
