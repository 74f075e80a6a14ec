import GRDB
import GangwayCore

extension CatalogApplier {
    mutating func applyProducts(_ products: [Product]) throws {
        guard !products.isEmpty else { return }
        var existing: [String: Row] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT * FROM product") { existing[row["id"]] = row }
        for product in products {
            let values: [(String, (any DatabaseValueConvertible)?)] = [
                ("kind", product.kind.rawValue),
                ("title_ru", product.title.ru), ("title_en", product.title.en), ("title_zh", product.title.zh),
                ("summary_ru", product.summary.ru), ("summary_en", product.summary.en),
                ("summary_zh", product.summary.zh),
                ("description_ru", product.description.ru), ("description_en", product.description.en),
                ("description_zh", product.description.zh),
                ("duration_min", product.durationMinutes), ("age_min", product.ageMinimum),
                ("image", product.image), ("tags", product.tags.joined(separator: " ")),
            ]
            try upsert(
                table: "product", key: ("id", product.id), values: values, existing: existing[product.id],
                kind: .product)
        }
    }

    mutating func applyPromos(_ promos: [Promo]) throws {
        guard !promos.isEmpty else { return }
        var existing: [String: Row] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT * FROM promo") { existing[row["code"]] = row }
        for promo in promos {
            let kind: String
            let value: Int64
            switch promo.discount {
            case .percent(let basisPoints):
                kind = "percent"
                value = Int64(basisPoints)
            case .amount(let money):
                kind = "amount"
                value = money.kopecks
            }
            let values: [(String, (any DatabaseValueConvertible)?)] = [
                ("kind", kind), ("value", value),
                ("valid_from", promo.validFrom?.description), ("valid_to", promo.validTo?.description),
                ("products", promo.productIDs.joined(separator: " ")), ("tiers", promo.tiers.joined(separator: " ")),
                ("max_uses", promo.maximumUses), ("max_per_order", promo.maximumPerOrder),
                ("min_order", promo.minimumOrder?.kopecks),
            ]
            try upsert(
                table: "promo", key: ("code", promo.code), values: values, existing: existing[promo.code], kind: .promo
            )
        }
    }
}
