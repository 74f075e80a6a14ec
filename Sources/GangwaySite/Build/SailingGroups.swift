import GangwayCore

/// The upcoming sailings grouped the ways list pages show them, computed once per build in one
/// pass (not once per language and page: filtering 10,000 sailings for each of dozens of pier,
/// vessel and product pages in three languages was a tenth of an incremental build).
struct SailingGroups {
    /// How many sailings a product, pier or vessel page lists: the next ones, in departure order.
    static let listLimit = 60

    /// Every upcoming sailing by service day, in departure order.
    private(set) var byDay: [LocalDate: [SiteSailing]] = [:]
    /// The next ``listLimit`` sailings of each product, departure pier and vessel.
    private(set) var nextByProduct: [String: [SiteSailing]] = [:]
    private(set) var nextByPier: [String: [SiteSailing]] = [:]
    private(set) var nextByVessel: [String: [SiteSailing]] = [:]

    /// `upcoming` must be in departure order.
    init(_ upcoming: [SiteSailing]) {
        for sailing in upcoming {
            byDay[sailing.serviceDate, default: []].append(sailing)
            Self.add(sailing, to: &nextByProduct, key: sailing.productID)
            Self.add(sailing, to: &nextByPier, key: sailing.pierID)
            Self.add(sailing, to: &nextByVessel, key: sailing.vesselID)
        }
    }

    private static func add(_ sailing: SiteSailing, to groups: inout [String: [SiteSailing]], key: String) {
        if groups[key, default: []].count < listLimit { groups[key, default: []].append(sailing) }
    }
}
