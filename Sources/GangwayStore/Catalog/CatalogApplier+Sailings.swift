import GRDB
import GangwayCore

extension CatalogApplier {
    /// Schedules are the truth for each product they name, between the earliest and latest
    /// service day they cover: sailings they produce are added or updated; future sailings of
    /// that product in that window that they no longer produce are removed — unless places
    /// were sold or are held on them, which rejects the file with the list.
    mutating func applySailings(_ sailings: [SailingPlan], windows: [String: ClosedRange<LocalDate>]) throws {
        guard !windows.isEmpty else { return }
        var stored: [String: StoredSailing] = [:]
        var taken: [String: Int] = [:]
        for (product, window) in windows.sorted(by: { $0.key < $1.key }) {
            let arguments: StatementArguments = [product, window.lowerBound.description, window.upperBound.description]
            let rows = try Row.fetchCursor(
                db,
                sql:
                    "SELECT \(StoredSailing.selection) FROM sailing WHERE product_id = ? AND service_date BETWEEN ? AND ?",
                arguments: arguments)
            while let row = try rows.next() { stored[row[0]] = StoredSailing(row: row) }
            let sold = try Row.fetchAll(
                db,
                sql: """
                    SELECT t.sailing_id, COUNT(*) FROM ticket t JOIN sailing s ON s.id = t.sailing_id
                    WHERE s.product_id = ? AND s.service_date BETWEEN ? AND ? AND t.status <> 'void'
                    GROUP BY t.sailing_id
                    UNION ALL
                    SELECT h.sailing_id, SUM(h.quantity) FROM hold_place h JOIN sailing s ON s.id = h.sailing_id
                    WHERE s.product_id = ? AND s.service_date BETWEEN ? AND ? AND h.expires_at > ?
                    GROUP BY h.sailing_id
                    """, arguments: arguments + arguments + [now])
            for row in sold { taken[row[0], default: 0] += row[1] as Int }
        }

        var inserts: [SailingPlan] = []
        var updates: [(plan: SailingPlan, movesInTime: Bool)] = []
        var produced: Set<String> = []
        produced.reserveCapacity(sailings.count)
        for plan in sailings {
            produced.insert(plan.id)
            guard let old = stored[plan.id] else {
                inserts.append(plan)
                continue
            }
            let new = StoredSailing(plan)
            if old == new {
                count(.schedule) { $0.unchanged += 1 }
                continue
            }
            let sold = taken[plan.id] ?? 0
            if let capacity = plan.capacity, capacity < sold {
                error(plan.source, .capacityBelowSold(sailing: plan.id, capacity: capacity, sold: sold))
            }
            if plan.status == .cancelled && sold > 0 {
                problems.append(
                    .warning(at: plan.source, StoreProblem.cancelledWithTickets(sailing: plan.id, tickets: sold)))
            }
            updates.append((plan, old.movesInTime(to: new)))
        }
        var removals: [String] = []
        var blocked: [String] = []
        for (id, old) in stored where !produced.contains(id) && old.departsAt > now {
            if let sold = taken[id], sold > 0 { blocked.append("\(id) (\(sold))") } else { removals.append(id) }
        }
        if !blocked.isEmpty {
            error(nil, .soldSailingsWouldBeRemoved(Self.abbreviated(blocked.sorted(), limit: 50)))
        }
        try checkOverlaps(sailings, windows: windows)
        guard !hasErrors else { return }

        try writePriceLists(sailings)
        try writeSailings(inserts: inserts, updates: updates)
        let delete = try BulkStatement(db, sql: "DELETE FROM sailing WHERE id = ?")
        // Only sailings with nothing sold and no live hold are removed; lapsed holds go with them.
        let dropSeatHolds = try BulkStatement(db, sql: "DELETE FROM seat_claim WHERE sailing_id = ?")
        let dropStandingHolds = try BulkStatement(db, sql: "DELETE FROM standing_claim WHERE sailing_id = ?")
        for id in removals {
            try dropSeatHolds.run([.text(id)])
            try dropStandingHolds.run([.text(id)])
            try delete.run([.text(id)])
        }
        count(.schedule) {
            $0.added += inserts.count
            $0.changed += updates.count
            $0.removed += removals.count
        }
    }

    func writePriceLists(_ sailings: [SailingPlan]) throws {
        var lists: [String: PriceList] = [:]
        for plan in sailings where lists[plan.prices.key] == nil { lists[plan.prices.key] = plan.prices }
        let list = try BulkStatement(db, sql: "INSERT INTO price_list (id) VALUES (?) ON CONFLICT (id) DO NOTHING")
        let item = try BulkStatement(
            db,
            sql: """
                INSERT INTO price_list_item (price_list_id, tier, category, amount) VALUES (?, ?, ?, ?)
                ON CONFLICT (price_list_id, tier, category) DO NOTHING
                """)
        for (key, prices) in lists {
            try list.run([.text(key)])
            for entry in prices.entries {
                try item.run([
                    .text(key), .text(entry.tier), .text(entry.category ?? ""), .integer(entry.amount.kopecks),
                ])
            }
        }
    }

    func writeSailings(inserts: [SailingPlan], updates: [(plan: SailingPlan, movesInTime: Bool)]) throws {
        let insert = try BulkStatement(
            db,
            sql: """
                INSERT INTO sailing (id, product_id, vessel_id, pier_id, return_pier_id, service_date, local_time,
                    departs_at, duration_min, capacity, sales_close_min, status, price_list_id, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
        for plan in inserts {
            try insert.run([
                .text(plan.id), .text(plan.productID), .text(plan.vesselID), .text(plan.pierID),
                .text(plan.returnPierID), .text(plan.serviceDate.description), .text(plan.localTime.description),
                .integer(plan.departsAt), .integer(Int64(plan.durationMinutes)), .integer(plan.capacity),
                .integer(Int64(plan.salesCloseMinutes)), .text(plan.status.rawValue), .text(plan.prices.key),
                .integer(now),
            ])
        }
        // Setting only unindexed columns spares SQLite rewriting the sailing's index entries.
        let retime = try BulkStatement(
            db, sql: "UPDATE sailing SET local_time = ?, departs_at = ?, updated_at = ? WHERE id = ?")
        let update = try BulkStatement(
            db,
            sql: """
                UPDATE sailing SET pier_id = ?, return_pier_id = ?, duration_min = ?, capacity = ?,
                    sales_close_min = ?, status = ?, price_list_id = ?, updated_at = ?
                WHERE id = ?
                """)
        for (plan, movesInTime) in updates {
            if movesInTime {
                try retime.run([
                    .text(plan.localTime.description), .integer(plan.departsAt), .integer(now), .text(plan.id),
                ])
            }
            try update.run([
                .text(plan.pierID), .text(plan.returnPierID), .integer(Int64(plan.durationMinutes)),
                .integer(plan.capacity), .integer(Int64(plan.salesCloseMinutes)), .text(plan.status.rawValue),
                .text(plan.prices.key), .integer(now), .text(plan.id),
            ])
        }
    }
}
