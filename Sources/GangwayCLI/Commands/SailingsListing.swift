import GangwayCore
import GangwayStore

/// `gangway sailings list --json`, as interfaces.md names its fields.
struct SailingsListing: Encodable {
    struct Item: Encodable {
        var id: String
        var productID: String
        var vesselID: String
        var pierID: String
        var departsAt: String
        var localDate: String
        var localTime: String
        var durationMinutes: Int
        var status: String
        var seating: String
        var capacity: Int
        var sold: Int
        var held: Int

        enum CodingKeys: String, CodingKey {
            case id, status, seating, capacity, sold, held
            case productID = "product_id"
            case vesselID = "vessel_id"
            case pierID = "pier_id"
            case departsAt = "departs_at"
            case localDate = "local_date"
            case localTime = "local_time"
            case durationMinutes = "duration_min"
        }

        init(_ summary: SailingSummary) {
            var converter = LocalTimeConverter(timeZoneIdentifier: summary.pierTimeZone)
            id = summary.id
            productID = summary.productID
            vesselID = summary.vesselID
            pierID = summary.pierID
            departsAt = converter?.rfc3339(summary.departsAt) ?? "\(summary.departsAt)"
            localDate = summary.serviceDate
            localTime = summary.localTime
            durationMinutes = summary.durationMinutes
            status = summary.status
            seating = summary.seating
            capacity = summary.capacity
            sold = summary.sold
            held = summary.held
        }
    }

    var sailings: [Item]
}
