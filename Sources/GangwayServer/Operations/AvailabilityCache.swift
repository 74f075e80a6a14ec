import Foundation
import NIOCore

/// Availability answers kept for a moment: during a rush thousands of pages ask for the same
/// sailing each second, and an answer at most `lifetime` old is as good (holds are decided by the
/// database, never by this cache). A hold placed through this server drops its sailing's entry
/// at once, so its own customers see their places go immediately; holds by another process show
/// within `lifetime`.
final class AvailabilityCache: @unchecked Sendable {
    private struct Entry {
        var body: ByteBuffer
        var expires: ContinuousClock.Instant
    }

    let lifetime: Duration
    private let lock = NSLock()
    private var entries: [String: Entry] = [:]
    private let limit: Int

    init(lifetime: Duration = .seconds(1), limit: Int = 20_000) {
        self.lifetime = lifetime
        self.limit = limit
    }

    func body(for sailingID: String) -> ByteBuffer? {
        lock.withLock {
            guard let entry = entries[sailingID], entry.expires > ContinuousClock.now else { return nil }
            return entry.body
        }
    }

    func store(_ body: ByteBuffer, for sailingID: String) {
        lock.withLock {
            if entries.count >= limit { entries.removeAll(keepingCapacity: true) }
            entries[sailingID] = Entry(body: body, expires: ContinuousClock.now + lifetime)
        }
    }

    func forget(_ sailingID: String) { lock.withLock { _ = entries.removeValue(forKey: sailingID) } }
}
