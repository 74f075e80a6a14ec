import Foundation
import GangwayCore

/// `POST /api/v1/charters` as JSON (`starts_at` in RFC 3339 with an offset), or the vessel page's
/// form (`vessel_id`, `date` and `time` at the operator's clock, `hours`, `guests`, contact fields).
struct CharterRequestBody: Decodable {
    enum CodingKeys: String, CodingKey {
        case vesselId = "vessel_id"
        case startsAt = "starts_at"
        case hours
        case guests
        case customer
        case language
        case utm
    }

    var vesselId: String
    var startsAt: String?
    var hours: Int?
    var guests: Int?
    var customer: HoldRequestBody.Customer?
    var language: String?
    var utm: String?

    /// From the vessel page's form; `date` + `time` become `starts_at` in `timeZone`.
    static func form(_ form: HoldForm, timeZone: String) -> CharterRequestBody {
        var startsAt: String?
        if let date = form.first("date").flatMap(LocalDate.init(parsing:)),
            let time = form.first("time").flatMap(ServiceTime.init(parsing:)),
            var converter = LocalTimeConverter(timeZoneIdentifier: timeZone)
        {
            startsAt = converter.rfc3339(converter.instant(of: date, at: time))
        }
        return CharterRequestBody(
            vesselId: form.first("vessel_id") ?? "", startsAt: startsAt, hours: form.first("hours").flatMap { Int($0) },
            guests: form.first("guests").flatMap { Int($0) },
            customer: HoldRequestBody.Customer(
                name: form.first("name"), email: form.first("email"), phone: form.first("phone")),
            language: form.first("language"), utm: form.first("utm"))
    }

    /// The request, or every problem with it.
    func request() -> Result<CharterRequest, CharterFailure> {
        var problems: [HoldFailure.Invalid] = []
        var start: Int64?
        if let text = startsAt, let date = try? Date(text, strategy: .iso8601) {
            start = Int64(date.timeIntervalSince1970)
        } else {
            problems.append(
                HoldFailure.Invalid(field: "starts_at", message: "a date and time, 2027-06-14T18:00:00+03:00"))
        }
        if hours == nil { problems.append(HoldFailure.Invalid(field: "hours", message: "required")) }
        if guests == nil { problems.append(HoldFailure.Invalid(field: "guests", message: "required")) }
        let language = language.flatMap { Language(rawValue: $0) } ?? .ru
        var contact: ContactDetails?
        do {
            contact = try ContactDetails(name: customer?.name, email: customer?.email, phone: customer?.phone)
        } catch {
            problems.append(HoldFailure.Invalid(field: "customer", message: "a valid e-mail address or phone number"))
        }
        guard problems.isEmpty, let start, let hours, let guests, let contact else {
            return .failure(.invalid(problems))
        }
        return .success(
            CharterRequest(
                vesselID: vesselId, startsAt: start, hours: hours, guests: guests, contact: contact, language: language,
                utm: utm))
    }
}
