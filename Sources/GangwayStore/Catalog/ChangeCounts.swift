/// How many records one import added, changed, left as they were, and removed.
public struct ChangeCounts: Sendable, Hashable, Codable {
    public var added = 0
    public var changed = 0
    public var unchanged = 0
    public var removed = 0

    public init(added: Int = 0, changed: Int = 0, unchanged: Int = 0, removed: Int = 0) {
        self.added = added
        self.changed = changed
        self.unchanged = unchanged
        self.removed = removed
    }

    public static func + (lhs: ChangeCounts, rhs: ChangeCounts) -> ChangeCounts {
        ChangeCounts(
            added: lhs.added + rhs.added, changed: lhs.changed + rhs.changed,
            unchanged: lhs.unchanged + rhs.unchanged, removed: lhs.removed + rhs.removed)
    }

    public var isEmpty: Bool { added == 0 && changed == 0 && unchanged == 0 && removed == 0 }
}
