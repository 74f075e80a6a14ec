import GangwayCore

/// `POST /api/v1/holds` as JSON. Seats are named by id (`section|row|seat`, as the availability
/// and the seat map give them).
struct HoldRequestBody: Decodable, Equatable {
    enum CodingKeys: String, CodingKey {
        case sailingId = "sailing_id"
        case seats
        case standing
        case customer
        case language
        case promo
        case utm
    }

    struct Seat: Decodable, Equatable {
        var id: String
        var tier: String
    }

    struct Standing: Decodable, Equatable {
        var section: String
        var tier: String
        var quantity: Int
    }

    struct Customer: Decodable, Equatable {
        var name: String?
        var email: String?
        var phone: String?
    }

    var sailingId: String
    var seats: [Seat]?
    var standing: [Standing]?
    var customer: Customer?
    var language: String?
    var promo: String?
    var utm: String?
}
