import GRDB
import GangwayCore

extension CatalogApplier {
    /// Two sailings of one vessel may not overlap (departure + duration), nor overlap a charter
    /// booking. Compares the file's sailings with each other and with every stored sailing and
    /// booking of the same vessels — except the stored sailings the file replaces (those of its
    /// products within their windows), which are never read.
    mutating func checkOverlaps(_ sailings: [SailingPlan], windows: [String: ClosedRange<LocalDate>]) throws {
        var spans: [OverlapDetector.Busy] = []
        spans.reserveCapacity(sailings.count)
        var ranges: [String: (Int64, Int64)] = [:]
        var fileIDs: Set<String> = []
        fileIDs.reserveCapacity(sailings.count)
        for plan in sailings where plan.status == .scheduled {
            spans.append(.init(vesselID: plan.vesselID, what: plan.id, start: plan.departsAt, end: plan.endsAt))
            fileIDs.insert(plan.id)
            let known = ranges[plan.vesselID] ?? (plan.departsAt, plan.endsAt)
            ranges[plan.vesselID] = (min(known.0, plan.departsAt), max(known.1, plan.endsAt))
        }
        let windowList = windows.sorted { $0.key < $1.key }
        let replaced = windowList.map { _ in "(product_id = ? AND service_date BETWEEN ? AND ?)" }
        let exclusion = replaced.isEmpty ? "" : "AND NOT (" + replaced.joined(separator: " OR ") + ")"
        var windowArguments: StatementArguments = []
        for (product, window) in windowList {
            windowArguments += [product, window.lowerBound.description, window.upperBound.description]
        }
        let others = try db.makeStatement(
            sql: """
                SELECT id, departs_at, departs_at + duration_min * 60 FROM sailing
                WHERE vessel_id = ? AND status = 'scheduled' AND departs_at < ? AND departs_at + duration_min * 60 > ?
                \(exclusion)
                """)
        let charters = try db.makeStatement(
            sql: """
                SELECT id, starts_at, ends_at FROM charter_booking
                WHERE vessel_id = ? AND status <> 'cancelled' AND starts_at < ? AND ends_at > ?
                AND (expires_at IS NULL OR expires_at > \(now))
                """)
        for (vessel, range) in ranges.sorted(by: { $0.key < $1.key }) {
            let rows = try Row.fetchCursor(others, arguments: [vessel, range.1, range.0] + windowArguments)
            while let row = try rows.next() {
                spans.append(.init(vesselID: vessel, what: row[0], start: row[1], end: row[2]))
            }
            for row in try Row.fetchAll(charters, arguments: [vessel, range.1, range.0]) {
                spans.append(.init(vesselID: vessel, what: "charter:\(row[0] as String)", start: row[1], end: row[2]))
            }
        }
        let conflicts = OverlapDetector.overlaps(spans).filter {
            fileIDs.contains($0.0.what) || fileIDs.contains($0.1.what)
        }
        for (reported, (earlier, later)) in conflicts.enumerated() {
            if reported == 50 {
                error(nil, .moreOverlaps(conflicts.count - reported))
                break
            }
            let (mine, other) = fileIDs.contains(later.what) ? (later, earlier) : (earlier, later)
            error(sailings.first { $0.id == mine.what }?.source, .overlap(sailing: mine.what, other: other.what))
        }
    }
}
