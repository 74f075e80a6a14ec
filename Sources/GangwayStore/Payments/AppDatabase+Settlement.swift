import GRDB
import GangwayCore

extension AppDatabase {
    /// Orders paid through ЮKassa whose trip has taken place (the sailing departed and was not
    /// cancelled, or the charter began) and that have no settlement receipt sent or accepted yet:
    /// each needs its second 54-FZ receipt (payments.md). Oldest trip first, at most `limit`.
    public func settlementsDue(now: Int64, limit: Int = 1_000) throws -> [String] {
        try writer.read { db in
            try String.fetchAll(
                db,
                sql: """
                    SELECT o.code FROM sales_order o
                    LEFT JOIN sailing s ON s.id = o.sailing_id
                    LEFT JOIN charter_booking b ON b.order_code = o.code
                    WHERE o.status = 'paid'
                        AND EXISTS (SELECT 1 FROM payment p WHERE p.order_code = o.code AND p.provider = 'yookassa'
                            AND p.outcome IN ('fulfilled', 'overpaid'))
                        AND ((o.kind = 'tickets' AND s.departs_at <= ? AND s.status = 'scheduled')
                            OR (o.kind = 'charter' AND b.starts_at <= ?))
                        AND NOT EXISTS (SELECT 1 FROM provider_request r WHERE r.order_code = o.code
                            AND r.purpose = 'settlement' AND r.status IN ('pending', 'succeeded'))
                    GROUP BY o.code
                    ORDER BY MIN(COALESCE(s.departs_at, b.starts_at)), o.code
                    LIMIT ?
                    """, arguments: [now, now, limit])
        }
    }
}
