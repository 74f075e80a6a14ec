import GRDB
import GangwayCore

/// Promo codes as checkout reads them.
enum PromoRows {
    /// The promo with `code` (upper-cased), or nil.
    static func promo(_ db: Database, code: String) throws -> Promo? {
        guard
            let row = try Row.fetchOne(db.cachedStatement(sql: "SELECT * FROM promo WHERE code = ?"), arguments: [code])
        else {
            return nil
        }
        let value: Int64 = row["value"]
        let kind: String = row["kind"]
        let list = { (text: String) in text.split(separator: " ").map(String.init) }
        return Promo(
            code: row["code"],
            discount: kind == "percent" ? .percent(basisPoints: Int(value)) : .amount(Money(kopecks: value)),
            validFrom: (row["valid_from"] as String?).flatMap(LocalDate.init(parsing:)),
            validTo: (row["valid_to"] as String?).flatMap(LocalDate.init(parsing:)), productIDs: list(row["products"]),
            tiers: list(row["tiers"]), maximumUses: row["max_uses"], maximumPerOrder: row["max_per_order"],
            minimumOrder: (row["min_order"] as Int64?).map { Money(kopecks: $0) })
    }

    /// Uses that count against `max_uses` at `now`: paid orders and unexpired holds.
    static func uses(_ db: Database, code: String, now: Int64) throws -> Int {
        try Int.fetchOne(
            db.cachedStatement(
                sql: """
                    SELECT COUNT(*) FROM promo_use u JOIN sales_order o ON o.code = u.order_code
                    WHERE u.promo_code = ? AND (o.status = 'paid' OR (o.status = 'pending' AND o.expires_at > ?))
                    """), arguments: [code, now]) ?? 0
    }
}
