/// Prices an order: lines from the schedule's prices, a promo code, the service fee, and VAT
/// derived from the VAT-inclusive prices.
///
/// Rounding, documented for finance (docs/checkout.md):
/// - A percent promo's discount is computed on the places it covers and rounded **down** to the
///   kopeck; an amount promo gives its amount, at most what those places cost.
/// - `max_per_order` limits how many places the promo covers: the first places in line order.
/// - The discount is shared among the covered lines in proportion to their amounts, by the
///   largest-remainder method (ties to the earlier line), so the line discounts add up to it.
/// - Each line's VAT is `round(payable × rate)` half away from zero, and so is the fee's; the
///   order's VAT is their sum, so the lines always add up to the totals.
public struct OrderPricing: Sendable {
    public var vatRate: VATRate
    /// Added once per order (VAT-inclusive); zero for none.
    public var serviceFee: Money

    public init(vatRate: VATRate = .standard, serviceFee: Money = .zero) {
        self.vatRate = vatRate
        self.serviceFee = serviceFee
    }

    /// The priced order. `today` is the operator's date (for the promo's validity window).
    /// Throws a ``PromoRejection`` when `promo` cannot be used; `max_uses` is the store's to check.
    public func price(_ lines: [PricingLine], promo: Promo?, today: LocalDate) throws(PromoRejection) -> PricedOrder {
        var discounts = [Int64](repeating: 0, count: lines.count)
        if let promo {
            discounts = try Self.discounts(for: lines, promo: promo, today: today)
        }
        let priced = lines.indices.map { index -> PricedOrder.Line in
            let amount = lines[index].amount
            let discount = Money(kopecks: discounts[index])
            return PricedOrder.Line(
                line: lines[index], amount: amount, discount: discount,
                vat: vatRate.vat(in: Money(kopecks: amount.kopecks - discount.kopecks)))
        }
        return PricedOrder(
            lines: priced, fee: serviceFee, feeVAT: vatRate.vat(in: serviceFee), promoCode: promo?.code)
    }

    /// Each line's share of the promo's discount.
    static func discounts(for lines: [PricingLine], promo: Promo, today: LocalDate) throws(PromoRejection) -> [Int64] {
        if let from = promo.validFrom, today < from { throw .notYetValid(from) }
        if let to = promo.validTo, today > to { throw .expired(to) }
        let subtotal = lines.reduce(Int64(0)) { $0 + $1.amount.kopecks }
        if let minimum = promo.minimumOrder, subtotal < minimum.kopecks { throw .belowMinimum(minimum) }

        // The places the promo covers, per line, first places first.
        var budget = promo.maximumPerOrder ?? Int.max
        var covered = [Int64](repeating: 0, count: lines.count)
        for (index, line) in lines.enumerated() where budget > 0 {
            guard promo.productIDs.isEmpty || promo.productIDs.contains(line.productID),
                promo.tiers.isEmpty || promo.tiers.contains(line.tier)
            else { continue }
            let places = min(line.quantity, budget)
            budget -= places
            covered[index] = line.unitPrice.kopecks * Int64(places)
        }
        let base = covered.reduce(0, +)
        guard base > 0 else { throw .notApplicable }

        let total: Int64
        switch promo.discount {
        case .percent(let basisPoints): total = base * Int64(min(max(basisPoints, 0), 10_000)) / 10_000
        case .amount(let money): total = min(max(money.kopecks, 0), base)
        }
        // Largest remainder: floor shares, then one kopeck each to the largest remainders.
        var shares = covered.map { total * $0 / base }
        var left = total - shares.reduce(0, +)
        let order = covered.indices.filter { covered[$0] > 0 }.sorted {
            let (a, b) = ((total * covered[$0]) % base, (total * covered[$1]) % base)
            return a != b ? a > b : $0 < $1
        }
        for index in order where left > 0 {
            shares[index] += 1
            left -= 1
        }
        return shares
    }
}
