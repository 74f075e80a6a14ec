import GangwayCore

extension CatalogValidator {
    private enum DiscountKind: String, CaseIterable {
        case percent
        case amount
    }

    mutating func validatePromos(_ records: [RawRecord]) {
        var firstLines: [String: Int] = [:]
        for record in records {
            var reader = FieldReader(record)
            let code = reader.id("code", required: true)?.uppercased()
            let kind: DiscountKind? = reader.choice("kind", required: true)
            let value = reader.money("value", required: true)
            var discount: Promo.Discount?
            if let kind, let value {
                switch kind {
                case .percent:
                    if value.kopecks > 10_000 {
                        reader.fail("value", .percentAboveHundred(value.decimalString))
                    } else if value.kopecks == 0 {
                        reader.fail("value", .zeroDiscount)
                    } else {
                        discount = .percent(basisPoints: Int(value.kopecks))
                    }
                case .amount:
                    if value.kopecks == 0 { reader.fail("value", .zeroDiscount) } else { discount = .amount(value) }
                }
            }
            let validFrom = reader.date("valid_from")
            let validTo = reader.date("valid_to")
            if let validFrom, let validTo, validTo < validFrom {
                reader.fail("valid_to", .rangeReversed(from: validFrom.description, to: validTo.description))
            }
            let products = reader.ids("products")
            for product in products where productDuration(product) == nil {
                reader.fail("products", .unresolved(field: "products", kind: .product, id: product))
            }
            let tiers = reader.ids("tiers")
            let maximumUses = reader.count("max_uses", in: 1...100_000_000)
            let maximumPerOrder = reader.count("max_per_order", in: 1...10_000)
            let minimumOrder = reader.money("min_order")
            if let code {
                if let first = firstLines[code] {
                    reader.fail("code", .duplicate(kind: .promo, id: code, firstLine: first))
                } else {
                    firstLines[code] = record.location.line
                }
            }
            let ok = !reader.hasErrors
            absorb(reader)
            guard ok, let code, let discount else { continue }
            batch.promos.append(
                Promo(
                    code: code, discount: discount, validFrom: validFrom, validTo: validTo, productIDs: products,
                    tiers: tiers, maximumUses: maximumUses, maximumPerOrder: maximumPerOrder,
                    minimumOrder: minimumOrder, source: record.location))
        }
    }
}
