import GRDB
import GangwayCore

extension CatalogApplier {
    /// A stored sailing, as far as an import compares it.
    private struct StoredSailing {
        var vesselID: String
        var fingerprint: [DatabaseValue]
        var departsAt: Int64
        var capacity: Int?
    }

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
                sql: """
                    SELECT id, vessel_id, pier_id, return_pier_id, service_date, local_time, departs_at, duration_min,
                        capacity, sales_close_min, status, price_list_id
                    FROM sailing WHERE product_id = ? AND service_date BETWEEN ? AND ?
                    """, arguments: arguments)
            while let row = try rows.next() {
                stored[row["id"]] = StoredSailing(
                    vesselID: row["vessel_id"], fingerprint: (1..<12).map { row[$0] as DatabaseValue },
                    departsAt: row["departs_at"], capacity: row["capacity"])
            }
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
        var updates: [SailingPlan] = []
        var produced: Set<String> = []
        produced.reserveCapacity(sailings.count)
        for plan in sailings {
            produced.insert(plan.id)
            guard let old = stored[plan.id] else {
                inserts.append(plan)
                continue
            }
            if old.fingerprint == fingerprint(plan) {
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
            updates.append(plan)
        }
        var removals: [String] = []
        var blocked: [String] = []
        for (id, old) in stored where !produced.contains(id) && old.departsAt > now {
            if let sold = taken[id], sold > 0 { blocked.append("\(id) (\(sold))") } else { removals.append(id) }
        }
        if !blocked.isEmpty {
            error(nil, .soldSailingsWouldBeRemoved(Self.abbreviated(blocked.sorted(), limit: 50)))
        }
        try checkOverlaps(sailings, replacing: Set(stored.keys))
        guard !hasErrors else { return }

        try writePriceLists(sailings)
        try writeSailings(inserts: inserts, updates: updates)
        let delete = try db.makeStatement(sql: "DELETE FROM sailing WHERE id = ?")
        let dropHolds = try db.makeStatement(sql: "DELETE FROM hold_place WHERE sailing_id = ?")
        for id in removals {
            try dropHolds.execute(arguments: [id])
            try delete.execute(arguments: [id])
        }
        count(.schedule) {
            $0.added += inserts.count
            $0.changed += updates.count
            $0.removed += removals.count
        }
    }

    /// The stored columns of a planned sailing, in the order of the SELECT above.
    private func fingerprint(_ plan: SailingPlan) -> [DatabaseValue] {
        [
            plan.vesselID.databaseValue, plan.pierID.databaseValue, plan.returnPierID.databaseValue,
            plan.serviceDate.description.databaseValue, plan.localTime.description.databaseValue,
            plan.departsAt.databaseValue, plan.durationMinutes.databaseValue, plan.capacity.databaseValue,
            plan.salesCloseMinutes.databaseValue, plan.status.rawValue.databaseValue, plan.prices.key.databaseValue,
        ]
    }

    private func writePriceLists(_ sailings: [SailingPlan]) throws {
        var lists: [String: PriceList] = [:]
        for plan in sailings where lists[plan.prices.key] == nil { lists[plan.prices.key] = plan.prices }
        let list = try db.makeStatement(sql: "INSERT INTO price_list (id) VALUES (?) ON CONFLICT (id) DO NOTHING")
        let item = try db.makeStatement(
            sql: """
                INSERT INTO price_list_item (price_list_id, tier, category, amount) VALUES (?, ?, ?, ?)
                ON CONFLICT (price_list_id, tier, category) DO NOTHING
                """)
        for (key, prices) in lists {
            try list.execute(arguments: [key])
            for entry in prices.entries {
                try item.execute(arguments: [key, entry.tier, entry.category ?? "", entry.amount.kopecks])
            }
        }
    }

    private func writeSailings(inserts: [SailingPlan], updates: [SailingPlan]) throws {
        let insert = try db.makeStatement(
            sql: """
                INSERT INTO sailing (vessel_id, pier_id, return_pier_id, service_date, local_time, departs_at,
                    duration_min, capacity, sales_close_min, status, price_list_id, id, product_id, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
        for plan in inserts {
            insert.setUncheckedArguments(
                StatementArguments(
                    fingerprint(plan) + [plan.id.databaseValue, plan.productID.databaseValue, now.databaseValue]))
            try insert.execute()
        }
        let update = try db.makeStatement(
            sql: """
                UPDATE sailing SET vessel_id = ?, pier_id = ?, return_pier_id = ?, service_date = ?, local_time = ?,
                    departs_at = ?, duration_min = ?, capacity = ?, sales_close_min = ?, status = ?,
                    price_list_id = ?, updated_at = ?
                WHERE id = ?
                """)
        for plan in updates {
            update.setUncheckedArguments(
                StatementArguments(fingerprint(plan) + [now.databaseValue, plan.id.databaseValue]))
            try update.execute()
        }
    }

    /// Two sailings of one vessel may not overlap (departure + duration), nor overlap a charter
    /// booking. Compares the file's sailings with each other and with every other stored sailing
    /// and booking of the same vessels.
    private mutating func checkOverlaps(_ sailings: [SailingPlan], replacing replaced: Set<String>) throws {
        var spans: [OverlapDetector.Busy] = []
        var ranges: [String: (Int64, Int64)] = [:]
        var fromFile: [String: SourceLocation?] = [:]
        for plan in sailings where plan.status == .scheduled {
            spans.append(.init(vesselID: plan.vesselID, what: plan.id, start: plan.departsAt, end: plan.endsAt))
            fromFile[plan.id] = .some(plan.source)
            let known = ranges[plan.vesselID] ?? (plan.departsAt, plan.endsAt)
            ranges[plan.vesselID] = (min(known.0, plan.departsAt), max(known.1, plan.endsAt))
        }
        let others = try db.makeStatement(
            sql: """
                SELECT id, departs_at, departs_at + duration_min * 60 FROM sailing
                WHERE vessel_id = ? AND status = 'scheduled' AND departs_at < ? AND departs_at + duration_min * 60 > ?
                """)
        let charters = try db.makeStatement(
            sql: """
                SELECT id, starts_at, ends_at FROM charter_booking
                WHERE vessel_id = ? AND status <> 'cancelled' AND starts_at < ? AND ends_at > ?
                """)
        for (vessel, range) in ranges.sorted(by: { $0.key < $1.key }) {
            let rows = try Row.fetchCursor(others, arguments: [vessel, range.1, range.0])
            while let row = try rows.next() {
                let id: String = row[0]
                if replaced.contains(id) || fromFile[id] != nil { continue }
                spans.append(.init(vesselID: vessel, what: id, start: row[1], end: row[2]))
            }
            for row in try Row.fetchAll(charters, arguments: [vessel, range.1, range.0]) {
                spans.append(.init(vesselID: vessel, what: "charter:\(row[0] as String)", start: row[1], end: row[2]))
            }
        }
        var reported = 0
        let conflicts = OverlapDetector.overlaps(spans).filter {
            fromFile[$0.0.what] != nil || fromFile[$0.1.what] != nil
        }
        for (earlier, later) in conflicts {
            if reported == 50 {
                error(nil, .moreOverlaps(conflicts.count - reported))
                break
            }
            let (mine, other) = fromFile[later.what] != nil ? (later, earlier) : (earlier, later)
            error(fromFile[mine.what] ?? nil, .overlap(sailing: mine.what, other: other.what))
            reported += 1
        }
    }
}
