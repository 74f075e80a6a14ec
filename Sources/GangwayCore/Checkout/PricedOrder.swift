/// An order's money, itemised: every line with its discount and VAT, the service fee, and the
/// totals. Every figure is whole kopecks and the parts add up exactly:
/// `total = subtotal − discount + fee` and `vat = Σ line VAT + fee VAT`.
public struct PricedOrder: Sendable, Hashable {
    public struct Line: Sendable, Hashable {
        public var line: PricingLine
        /// `unitPrice × quantity`.
        public var amount: Money
        /// The promo's share of this line.
        public var discount: Money
        /// The VAT inside `amount − discount`.
        public var vat: Money

        /// What the customer pays for this line.
        public var payable: Money { Money(kopecks: amount.kopecks - discount.kopecks) }
    }

    public var lines: [Line]
    /// The per-order service fee (VAT-inclusive), zero when none is configured.
    public var fee: Money
    public var feeVAT: Money
    /// The promo code that was applied, upper-cased.
    public var promoCode: String?

    public var subtotal: Money { Money(kopecks: lines.reduce(0) { $0 + $1.amount.kopecks }) }
    public var discount: Money { Money(kopecks: lines.reduce(0) { $0 + $1.discount.kopecks }) }
    public var vat: Money { Money(kopecks: lines.reduce(feeVAT.kopecks) { $0 + $1.vat.kopecks }) }
    public var total: Money { Money(kopecks: subtotal.kopecks - discount.kopecks + fee.kopecks) }
    /// Places (seats and standing places) in the order.
    public var places: Int { lines.filter { $0.line.kind != .charter }.reduce(0) { $0 + $1.line.quantity } }
}
