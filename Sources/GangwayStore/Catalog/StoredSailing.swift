import GRDB
import GangwayCore

/// The columns of a sailing an import compares, read from the database or made from a plan.
struct StoredSailing: Equatable {
    var vesselID: String
    var pierID: String
    var returnPierID: String?
    var serviceDate: String
    var localTime: String
    var departsAt: Int64
    var durationMinutes: Int
    var capacity: Int?
    var salesCloseMinutes: Int
    var status: String
    var priceListID: String

    /// The columns selected by ``selection``, in that order.
    static let selection = """
        id, vessel_id, pier_id, return_pier_id, service_date, local_time, departs_at, duration_min, capacity,
        sales_close_min, status, price_list_id
        """

    init(row: Row) {
        vesselID = row[1]
        pierID = row[2]
        returnPierID = row[3]
        serviceDate = row[4]
        localTime = row[5]
        departsAt = row[6]
        durationMinutes = row[7]
        capacity = row[8]
        salesCloseMinutes = row[9]
        status = row[10]
        priceListID = row[11]
    }

    init(_ plan: SailingPlan) {
        vesselID = plan.vesselID
        pierID = plan.pierID
        returnPierID = plan.returnPierID
        serviceDate = plan.serviceDate.description
        localTime = plan.localTime.description
        departsAt = plan.departsAt
        durationMinutes = plan.durationMinutes
        capacity = plan.capacity
        salesCloseMinutes = plan.salesCloseMinutes
        status = plan.status.rawValue
        priceListID = plan.prices.key
    }

    /// Whether a change touches an indexed column (the departure time): if not, the update
    /// leaves the sailing's indexes alone.
    func movesInTime(to other: StoredSailing) -> Bool {
        departsAt != other.departsAt || vesselID != other.vesselID || serviceDate != other.serviceDate
    }
}
