import Foundation
import GangwayCore

/// A standing (general admission) section of a layout, which the seat map does not draw: the
/// page shows its remaining places and a quantity picker instead.
public struct StandingArea: Sendable, Hashable {
    public var id: String
    public var deck: String?
    /// The section's name in the page's language (Russian when missing, the id when both are).
    public var name: String
    /// Its category id, as the layout gives it.
    public var category: String?
    /// Its capacity (places in total, before any sale).
    public var capacity: Int

    public init(id: String, deck: String?, name: String, category: String?, capacity: Int) {
        self.id = id
        self.deck = deck
        self.name = name
        self.category = category
        self.capacity = capacity
    }
}
