/// Why a promo code cannot be used on an order (the customer sees it; the order is not placed).
public enum PromoRejection: Error, Sendable, Hashable {
    /// No promo with this code.
    case unknown
    /// Before its `valid_from` date.
    case notYetValid(LocalDate)
    /// After its `valid_to` date.
    case expired(LocalDate)
    /// None of the order's places is of a product and tier the promo covers.
    case notApplicable
    /// The order is below the promo's `min_order`.
    case belowMinimum(Money)
    /// Every use allowed by `max_uses` is taken (by paid orders and unexpired holds).
    case exhausted

    /// A stable machine-readable name, for API problems.
    public var reason: String {
        switch self {
        case .unknown: "unknown"
        case .notYetValid: "not_yet_valid"
        case .expired: "expired"
        case .notApplicable: "not_applicable"
        case .belowMinimum: "below_minimum"
        case .exhausted: "exhausted"
        }
    }
}
