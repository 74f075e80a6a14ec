import Foundation
import GangwayStore

/// The human table of `gangway sailings list`.
struct SailingsTable {
    var sailings: [SailingSummary]

    func lines() -> [String] {
        guard !sailings.isEmpty else { return ["no sailings in this period"] }
        let header = ["date", "time", "product", "vessel", "pier", "seating", "sold", "held", "capacity", "status"]
        let rows = sailings.map { s in
            [
                s.serviceDate, s.localTime, s.productID, s.vesselID, s.pierID, s.seating, "\(s.sold)", "\(s.held)",
                "\(s.capacity)", s.status,
            ]
        }
        var widths = header.map(\.count)
        for row in rows { for (i, cell) in row.enumerated() { widths[i] = max(widths[i], cell.count) } }
        let format = { (row: [String]) in
            row.enumerated().map { i, cell in cell.padding(toLength: widths[i], withPad: " ", startingAt: 0) }
                .joined(separator: "  ").trimmingTrailingSpaces()
        }
        let total = sailings.count
        let open = sailings.filter { $0.status == "scheduled" }.count
        return [format(header)] + rows.map(format) + ["\(total) sailings, \(open) scheduled, \(total - open) cancelled"]
    }
}

extension String {
    fileprivate func trimmingTrailingSpaces() -> String {
        var copy = self
        while copy.last == " " { copy.removeLast() }
        return copy
    }
}
