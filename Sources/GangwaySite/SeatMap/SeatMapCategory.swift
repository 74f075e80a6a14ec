import Foundation
import GangwayCore

/// A seat category as one sailing sells it, with texts already translated and formatted by the
/// caller.
public struct SeatMapCategory: Sendable, Hashable {
    /// The category id seats carry (`vip`), compared case-insensitively.
    public var id: String
    /// The category's name in the page's language (`VIP`, `Салон`).
    public var name: String
    /// The price as the page shows it (`2 500 ₽`, `от 900 ₽`); `nil` when this sailing does not
    /// sell the category, whose seats are then drawn as unavailable.
    public var priceText: String?

    public init(id: String, name: String, priceText: String?) {
        self.id = id
        self.name = name
        self.priceText = priceText
    }
}
