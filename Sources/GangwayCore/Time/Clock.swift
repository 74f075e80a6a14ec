import Foundation

/// Where "now" comes from. Logic never reads the real clock itself: commands pass
/// ``SystemClock``, tests pass ``FixedClock``.
public protocol Clock: Sendable {
    /// Seconds since 1970, UTC.
    func now() -> Int64
}

/// The machine's clock.
public struct SystemClock: Clock {
    public init() {}
    public func now() -> Int64 { Int64(Date().timeIntervalSince1970) }
}

/// A clock that always says the same instant.
public struct FixedClock: Clock {
    public var instant: Int64
    public init(_ instant: Int64) { self.instant = instant }
    public func now() -> Int64 { instant }
}
