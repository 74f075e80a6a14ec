import GangwayCore

/// From the API's body to a ``HoldRequest``: checks the shape (seat ids, language, contact
/// details) and collects every problem, as a ``HoldFailure/invalid(_:)``.
enum HoldRequestMapping {
    static func request(from body: HoldRequestBody) -> Result<HoldRequest, HoldFailure> {
        var problems: [HoldFailure.Invalid] = []
        if body.sailingId.isEmpty {
            problems.append(HoldFailure.Invalid(field: "sailing_id", message: "required"))
        }
        var seats: [HoldRequest.Seat] = []
        for (index, seat) in (body.seats ?? []).enumerated() {
            let parts = seat.id.split(separator: "|", omittingEmptySubsequences: false).map(String.init)
            guard parts.count == 3, parts.allSatisfy({ !$0.isEmpty }) else {
                problems.append(
                    HoldFailure.Invalid(field: "seats[\(index)].id", message: "a seat id is section|row|seat"))
                continue
            }
            seats.append(HoldRequest.Seat(section: parts[0], row: parts[1], seat: parts[2], tier: seat.tier))
        }
        let standing = (body.standing ?? []).map {
            HoldRequest.Standing(section: $0.section, tier: $0.tier, quantity: $0.quantity)
        }
        var language = Language.ru
        if let code = body.language, !code.isEmpty {
            if let known = Language(rawValue: code) {
                language = known
            } else {
                problems.append(HoldFailure.Invalid(field: "language", message: "one of ru, en, zh"))
            }
        }
        var contact: ContactDetails?
        do {
            contact = try ContactDetails(
                name: body.customer?.name, email: body.customer?.email, phone: body.customer?.phone)
        } catch {
            let (field, message): (String, String) =
                switch error {
                case .missingContact: ("customer.email", "an e-mail address or a phone number is needed")
                case .invalidEmail: ("customer.email", "not an e-mail address")
                case .invalidPhone: ("customer.phone", "not a phone number (+7 999 123-45-67)")
                case .nameTooLong: ("customer.name", "at most 200 characters")
                }
            problems.append(HoldFailure.Invalid(field: field, message: message))
        }
        if let utm = body.utm, utm.count > 200 {
            problems.append(HoldFailure.Invalid(field: "utm", message: "at most 200 characters"))
        }
        guard problems.isEmpty, let contact else { return .failure(.invalid(problems)) }
        return .success(
            HoldRequest(
                sailingID: body.sailingId, seats: seats, standing: standing, contact: contact, language: language,
                promoCode: body.promo, utm: body.utm))
    }

    /// The metrics label for a refusal.
    static func reason(_ failure: HoldFailure) -> String {
        switch failure {
        case .unknownSailing: "unknown_sailing"
        case .closed(let closed): closed.rawValue
        case .seatsTaken: "seats_taken"
        case .notEnoughPlaces: "not_enough_places"
        case .invalid: "invalid"
        case .promo: "promo"
        }
    }
}
