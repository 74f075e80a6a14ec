import GangwayCore

/// The columns of each CSV kind (formats.md) and how a header tells the kind.
public enum CSVCatalogSchema {
    static let localizedSuffixes = ["_ru", "_en", "_zh"]

    /// Required columns per kind.
    public static func required(_ kind: RecordKind) -> [String] {
        switch kind {
        case .pier: ["pier_id", "name_ru"]
        case .vessel: ["vessel_id", "name_ru", "kind", "capacity"]
        case .product: ["product_id", "kind", "title_ru", "duration_min"]
        case .layout: ["layout_id", "section_id", "section_ru", "kind", "category"]
        case .schedule: ["product_id", "vessel_id", "pier_id", "times"]
        case .promo: ["code", "kind", "value"]
        }
    }

    /// Every column a kind knows, `price_*` aside.
    public static func known(_ kind: RecordKind) -> Set<String> {
        switch kind {
        case .pier:
            Set(["pier_id", "lat", "lon", "timezone"] + localized("name") + localized("address"))
        case .vessel:
            Set(
                [
                    "vessel_id", "kind", "capacity", "layout_id", "home_pier_id", "charter", "charter_hour_price",
                    "charter_min_hours", "charter_max_guests",
                ] + localized("name"))
        case .product:
            Set(
                ["product_id", "kind", "duration_min", "age_min", "image", "tags"] + localized("title")
                    + localized("summary") + localized("description"))
        case .layout:
            Set(
                [
                    "layout_id", "deck", "section_id", "kind", "row", "seat", "x", "y", "category", "capacity",
                    "accessible",
                ]
                    + localized("section"))
        case .schedule:
            Set([
                "product_id", "vessel_id", "pier_id", "times", "date", "date_from", "date_to", "weekdays", "except",
                "duration_min", "return_pier_id", "capacity", "sales_close_min", "status",
            ])
        case .promo:
            Set([
                "code", "kind", "value", "valid_from", "valid_to", "products", "tiers", "max_uses", "max_per_order",
                "min_order",
            ])
        }
    }

    /// The kind whose key columns the header has, or nil.
    public static func kind(ofHeader columns: Set<String>) -> RecordKind? {
        if columns.isSuperset(of: ["product_id", "vessel_id", "pier_id", "times"]) { return .schedule }
        if columns.isSuperset(of: ["layout_id", "section_id"]) { return .layout }
        if columns.contains("code") && !columns.contains("pier_id") && !columns.contains("vessel_id") {
            return .promo
        }
        if columns.isSuperset(of: ["product_id", "title_ru"]) && !columns.contains("vessel_id") { return .product }
        if columns.contains("vessel_id") && !columns.contains("product_id") { return .vessel }
        if columns.contains("pier_id") && !columns.contains("vessel_id") && !columns.contains("product_id") {
            return .pier
        }
        return nil
    }

    /// Whether `column` belongs to `kind`.
    public static func isKnown(_ column: String, in kind: RecordKind) -> Bool {
        if kind == .schedule && column.hasPrefix("price_") { return true }
        return known(kind).contains(column)
    }

    private static func localized(_ field: String) -> [String] { localizedSuffixes.map { field + $0 } }
}
