/// A promo code (rules are applied by checkout; the catalog only records them).
public struct Promo: Sendable, Hashable {
    public enum Discount: Sendable, Hashable {
        /// Hundredths of a percent: 10 % is 1000.
        case percent(basisPoints: Int)
        case amount(Money)
    }

    /// Upper-cased: codes are typed by customers and compared case-insensitively.
    public var code: String
    public var discount: Discount
    public var validFrom: LocalDate?
    public var validTo: LocalDate?
    /// Empty: every product.
    public var productIDs: [String]
    /// Empty: every tier.
    public var tiers: [String]
    public var maximumUses: Int?
    public var maximumPerOrder: Int?
    public var minimumOrder: Money?
    public var source: SourceLocation?

    public init(
        code: String, discount: Discount, validFrom: LocalDate? = nil, validTo: LocalDate? = nil,
        productIDs: [String] = [], tiers: [String] = [], maximumUses: Int? = nil, maximumPerOrder: Int? = nil,
        minimumOrder: Money? = nil, source: SourceLocation? = nil
    ) {
        self.code = code
        self.discount = discount
        self.validFrom = validFrom
        self.validTo = validTo
        self.productIDs = productIDs
        self.tiers = tiers
        self.maximumUses = maximumUses
        self.maximumPerOrder = maximumPerOrder
        self.minimumOrder = minimumOrder
        self.source = source
    }
}
