import Foundation

/// `POST /api/v1/holds` as an HTML form (`application/x-www-form-urlencoded`), the storefront's
/// path without JavaScript (and the seat map's, which adds hidden `seat` fields):
/// `sailing_id`, `language`, `name`, `email`, `phone`, `promo`, `utm`, `seat=section|row|seat`
/// (repeated) with `seat_tier` (default `adult`), and `standing[SECTION][TIER]=QUANTITY`.
struct HoldForm {
    var fields: [(String, String)]

    init(body: String) {
        fields = body.split(separator: "&", omittingEmptySubsequences: true).map { pair in
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let decode = { (text: Substring) in
                text.replacingOccurrences(of: "+", with: " ").removingPercentEncoding ?? String(text)
            }
            return (decode(parts[0]), parts.count > 1 ? decode(parts[1]) : "")
        }
    }

    func first(_ name: String) -> String? { fields.first { $0.0 == name }?.1 }

    /// The JSON body this form stands for. Zero quantities (untouched pickers) are left out.
    var body: HoldRequestBody {
        let tier = first("seat_tier").flatMap { $0.isEmpty ? nil : $0 } ?? "adult"
        let seats = fields.filter { $0.0 == "seat" && !$0.1.isEmpty }.map { HoldRequestBody.Seat(id: $0.1, tier: tier) }
        var standing: [HoldRequestBody.Standing] = []
        for (name, value) in fields where name.hasPrefix("standing[") {
            // standing[SECTION][TIER]
            let inner = name.dropFirst("standing[".count)
            guard let close = inner.firstIndex(of: "]"), inner[close...].hasPrefix("]["), inner.hasSuffix("]") else {
                continue
            }
            let section = String(inner[..<close])
            let tier = String(inner[inner.index(close, offsetBy: 2)..<inner.index(before: inner.endIndex)])
            let quantity = Int(value.trimmingCharacters(in: .whitespaces)) ?? (value.isEmpty ? 0 : -1)
            if quantity != 0 {
                standing.append(HoldRequestBody.Standing(section: section, tier: tier, quantity: quantity))
            }
        }
        return HoldRequestBody(
            sailingId: first("sailing_id") ?? "", seats: seats, standing: standing,
            customer: HoldRequestBody.Customer(name: first("name"), email: first("email"), phone: first("phone")),
            language: first("language"), promo: first("promo"), utm: first("utm"))
    }
}
