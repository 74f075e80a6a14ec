/// A provider's day that a reconciliation run's exports cover.
public struct ReconcileDay: Sendable, Hashable, Comparable {
    public var provider: String
    public var day: String

    public init(provider: String, day: String) {
        self.provider = provider
        self.day = day
    }

    public static func < (lhs: ReconcileDay, rhs: ReconcileDay) -> Bool {
        (lhs.day, lhs.provider) < (rhs.day, rhs.provider)
    }
}
