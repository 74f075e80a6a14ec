/// The kinds of catalog record an inbox file may carry (formats.md), in the order they
/// are applied within one run: piers, layouts, vessels, products, schedules, promos.
public enum RecordKind: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    case pier
    case layout
    case vessel
    case product
    case schedule
    case promo

    /// Position in the dependency order of formats.md.
    public var applyOrder: Int {
        switch self {
        case .pier: 0
        case .layout: 1
        case .vessel: 2
        case .product: 3
        case .schedule: 4
        case .promo: 5
        }
    }

    public static func < (lhs: RecordKind, rhs: RecordKind) -> Bool { lhs.applyOrder < rhs.applyOrder }

    /// The plural name used in summaries and the import log (`piers`, `layouts`, …).
    public var pluralName: String {
        switch self {
        case .pier: "piers"
        case .layout: "layouts"
        case .vessel: "vessels"
        case .product: "products"
        case .schedule: "schedules"
        case .promo: "promos"
        }
    }
}
