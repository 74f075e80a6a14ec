import GangwayCore

extension OrderDetails {
    /// Where a priced line's places are (a seat, a standing area, or none for a charter).
    struct Placement {
        var section: String?
        var row: String?
        var seat: String?
    }

    /// A new pending order as it was just written, without reading it back (the read-back was a
    /// sixth of a hold's time inside the write lock).
    static func pending(
        code: String, kind: String, language: Language, sailingID: String?, vesselID: String?, priced: PricedOrder,
        placements: [Placement], createdAt: Int64, expiresAt: Int64
    ) -> OrderDetails {
        let lines = priced.lines.enumerated().map { index, line in
            let placement = index < placements.count ? placements[index] : Placement()
            return Line(
                kind: line.line.kind, sailingID: sailingID, section: placement.section, row: placement.row,
                seat: placement.seat, tier: line.line.tier, category: line.line.category, quantity: line.line.quantity,
                unitPrice: line.line.unitPrice, amount: line.amount, discount: line.discount, vat: line.vat)
        }
        return OrderDetails(
            code: code, kind: kind, status: .pending, language: language, sailingID: sailingID, vesselID: vesselID,
            promoCode: priced.promoCode, lines: lines, subtotal: priced.subtotal, discount: priced.discount,
            fee: priced.fee, vat: priced.vat, total: priced.total, createdAt: createdAt, expiresAt: expiresAt,
            paidAt: nil, tickets: [])
    }
}
