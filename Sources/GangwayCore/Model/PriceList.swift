/// A sailing's prices: an amount per tier (adult, child, …), optionally per seat category.
/// `price_<tier>` applies to every category unless `price_<tier>@<category>` overrides it.
public struct PriceList: Sendable, Hashable {
    public struct Entry: Sendable, Hashable, Comparable {
        public var tier: String
        /// Nil: every category without an override of its own.
        public var category: String?
        public var amount: Money

        public init(tier: String, category: String?, amount: Money) {
            self.tier = tier
            self.category = category
            self.amount = amount
        }

        public static func < (lhs: Entry, rhs: Entry) -> Bool {
            (lhs.tier, lhs.category ?? "") < (rhs.tier, rhs.category ?? "")
        }
    }

    /// Sorted by tier, then category.
    public let entries: [Entry]

    /// A stable text naming exactly these prices (`adult=150000;adult@vip=250000`), used as the
    /// price list's id so that sailings with the same prices share one. Computed once.
    public let key: String

    public init(entries: [Entry]) {
        let sorted = entries.sorted()
        self.entries = sorted
        self.key = sorted.map { "\($0.tier)\($0.category.map { "@" + $0 } ?? "")=\($0.amount.kopecks)" }
            .joined(separator: ";")
    }

    /// The price of a tier in a category, or nil when that tier is not sold there.
    public func price(tier: String, category: String) -> Money? {
        entries.first { $0.tier == tier && $0.category == category }?.amount
            ?? entries.first { $0.tier == tier && $0.category == nil }?.amount
    }
}
