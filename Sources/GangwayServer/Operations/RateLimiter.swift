import Foundation

/// A per-client limit on holds: at most `perMinute` in any rolling minute (a token bucket that
/// refills continuously). 0 disables it. Forgets clients idle for a minute, so memory stays small.
public final class RateLimiter: @unchecked Sendable {
    private struct Bucket {
        var tokens: Double
        var updated: Double
    }

    public let perMinute: Int
    private let lock = NSLock()
    private var buckets: [String: Bucket] = [:]
    private var lastSweep = 0.0

    public init(perMinute: Int) { self.perMinute = perMinute }

    /// Whether `client` may act at `now` (seconds); takes one token when it may.
    public func allow(_ client: String, now: Double) -> Bool {
        guard perMinute > 0 else { return true }
        let capacity = Double(perMinute)
        return lock.withLock {
            if now - lastSweep > 60 {
                buckets = buckets.filter { now - $0.value.updated < 60 }
                lastSweep = now
            }
            var bucket = buckets[client] ?? Bucket(tokens: capacity, updated: now)
            bucket.tokens = min(capacity, bucket.tokens + (now - bucket.updated) * capacity / 60)
            bucket.updated = now
            let allowed = bucket.tokens >= 1
            if allowed { bucket.tokens -= 1 }
            buckets[client] = bucket
            return allowed
        }
    }
}
