/// One line of an order before pricing: an assigned seat (quantity 1), places in a standing area
/// for one tier, or a charter's hours.
public struct PricingLine: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable, Codable {
        case seat
        case standing
        case charter
    }

    public var kind: Kind
    public var productID: String
    public var tier: String
    public var category: String?
    public var quantity: Int
    public var unitPrice: Money

    public init(kind: Kind, productID: String, tier: String, category: String?, quantity: Int, unitPrice: Money) {
        self.kind = kind
        self.productID = productID
        self.tier = tier
        self.category = category
        self.quantity = quantity
        self.unitPrice = unitPrice
    }

    /// `unitPrice × quantity`.
    public var amount: Money { Money(kopecks: unitPrice.kopecks * Int64(quantity)) }
}
