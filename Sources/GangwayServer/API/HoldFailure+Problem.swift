import GangwayCore
import Hummingbird

extension HoldFailure {
    /// The API's answer to a refused hold: 404 unknown sailing, 409 places gone or sales closed,
    /// 422 invalid choices or promo code; each problem names what failed.
    var response: Response {
        switch self {
        case .unknownSailing(let id):
            return APIResponse.problem(.notFound, "unknown-sailing", "Unknown sailing", "no sailing \(id)")
        case .closed(let reason):
            let detail: String =
                switch reason {
                case .cancelled: "the sailing is cancelled"
                case .salesClosed: "online sales for this sailing have closed"
                case .departed: "the sailing has departed"
                }
            return APIResponse.problem(.conflict, "not-on-sale-\(reason.rawValue)", "Not on sale", detail)
        case .seatsTaken(let seats):
            return APIResponse.problem(
                .conflict, "seats-taken", "Seats taken",
                "\(seats.count) of the chosen seats are no longer free: \(seats.joined(separator: ", "))", seats: seats)
        case .notEnoughPlaces(let shortfalls):
            let detail = shortfalls.map { "\($0.section): \($0.requested) asked, \($0.remaining) left" }
            return APIResponse.problem(
                .conflict, "not-enough-places", "Not enough places", detail.joined(separator: "; "),
                standing: shortfalls.map {
                    ProblemDetails.Shortfall(section: $0.section, requested: $0.requested, remaining: $0.remaining)
                })
        case .invalid(let problems):
            return APIResponse.problem(
                .unprocessableContent, "invalid-request", "Invalid request",
                problems.map { "\($0.field): \($0.message)" }.joined(separator: "; "),
                errors: problems.map { ProblemDetails.FieldError(field: $0.field, message: $0.message) })
        case .promo(let rejection):
            let detail: String =
                switch rejection {
                case .unknown: "no such promo code"
                case .notYetValid(let day): "the promo code is valid from \(day)"
                case .expired(let day): "the promo code expired on \(day)"
                case .notApplicable: "the promo code does not apply to these tickets"
                case .belowMinimum(let money): "the promo code needs an order of at least \(money.decimalString) RUB"
                case .exhausted: "the promo code has been used up"
                }
            return APIResponse.problem(
                .unprocessableContent, "promo-\(rejection.reason.replacingOccurrences(of: "_", with: "-"))",
                "Promo code not accepted", detail,
                errors: [ProblemDetails.FieldError(field: "promo", message: detail)])
        }
    }
}
