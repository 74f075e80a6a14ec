import GangwayStore

/// `GET /api/v1/sailings/{sailing_id}/availability`.
struct AvailabilityBody: Encodable {
    enum CodingKeys: String, CodingKey {
        case sailingId = "sailing_id"
        case sellable
        case closedReason = "closed_reason"
        case seats
        case standing
        case prices
    }

    struct Seat: Encodable {
        var id: String
        var section: String
        var row: String
        var seat: String
        var category: String
        var free: Bool
    }

    struct Standing: Encodable {
        var section: String
        var category: String
        var remaining: Int
    }

    struct Price: Encodable {
        var tier: String
        var category: String?
        var amount: String
    }

    var sailingId: String
    var sellable: Bool
    /// `cancelled`, `sales_closed` or `departed` when not sellable.
    var closedReason: String?
    var seats: [Seat]
    var standing: [Standing]
    var prices: [Price]

    init(_ availability: SailingAvailability) {
        sailingId = availability.sailingID
        sellable = availability.sellable
        closedReason = availability.closed?.rawValue
        seats = availability.seats.map {
            Seat(id: $0.id, section: $0.section, row: $0.row, seat: $0.seat, category: $0.category, free: $0.free)
        }
        standing = availability.standing.map {
            Standing(section: $0.section, category: $0.category, remaining: $0.remaining)
        }
        prices = availability.prices.entries.map {
            Price(tier: $0.tier, category: $0.category, amount: $0.amount.decimalString)
        }
    }
}
