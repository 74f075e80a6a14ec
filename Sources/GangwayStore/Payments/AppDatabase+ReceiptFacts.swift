import GRDB
import GangwayCore

extension AppDatabase {
    /// The facts for order `code`'s receipts, or nil when there is no such order. Sold lines
    /// are described as `<product>, 14.06.2027 19:00, <tier>, ряд 3, место 12` in the pier's
    /// local time (receipts are in Russian).
    public func receiptFacts(forOrder code: String, now: Int64) throws -> ReceiptFacts? {
        try writer.read { db in try Self.receiptFacts(db, code: ReadableCode.normalise(code), now: now) }
    }

    static func receiptFacts(_ db: Database, code: String, now: Int64) throws -> ReceiptFacts? {
        guard let order = try OrderRows.details(db, code: code, now: now),
            let contact = try Row.fetchOne(
                db,
                sql:
                    "SELECT c.email, c.phone FROM sales_order o JOIN customer c ON c.id = o.customer_id WHERE o.code = ?",
                arguments: [code])
        else { return nil }
        var lines: [ReceiptLine] = []
        var remaining: [ReceiptLine] = []
        var startsAt: Int64?
        var voided = order.tickets.filter { $0.status == "void" }
        for line in order.lines {
            let paid = Money(kopecks: line.amount.kopecks - line.discount.kopecks)
            let description: String
            if line.kind == .charter {
                let vessel = try Row.fetchOne(
                    db,
                    sql: """
                        SELECT v.name_ru, b.starts_at, b.ends_at FROM charter_booking b JOIN vessel v ON v.id = b.vessel_id
                        WHERE b.order_code = ? ORDER BY b.starts_at LIMIT 1
                        """, arguments: [code])
                let hours = vessel.map { row in "\(((row[2] as Int64) - (row[1] as Int64)) / 3_600) ч" }
                description = ["Аренда судна «\(vessel?[0] as String? ?? order.vesselID ?? "")»", hours].compactMap {
                    $0
                }
                .joined(separator: ", ")
                startsAt = vessel?[1]
            } else {
                let sailing = try Row.fetchOne(
                    db,
                    sql: """
                        SELECT p.title_ru, s.service_date, s.local_time, s.departs_at FROM sailing s
                        JOIN product p ON p.id = s.product_id WHERE s.id = ?
                        """, arguments: [line.sailingID])
                var parts = [sailing?[0] as String? ?? "Билет"]
                if let date: String = sailing?[1], let time: String = sailing?[2] {
                    let day = date.split(separator: "-")
                    parts.append(day.count == 3 ? "\(day[2]).\(day[1]).\(day[0]) \(time)" : "\(date) \(time)")
                }
                parts.append(line.tier)
                if let row = line.row, let seat = line.seat { parts.append("ряд \(row), место \(seat)") }
                description = parts.joined(separator: ", ")
                startsAt = sailing?[3]
            }
            lines.append(ReceiptLine(description: description, quantity: line.quantity, amount: paid))
            // Refunds give back the floor of the per-place share: the same places leave the
            // settlement receipt.
            var gone = 0
            while gone < line.quantity,
                let index = voided.firstIndex(where: {
                    $0.sailingID == line.sailingID && $0.section == line.section && $0.tier == line.tier
                        && $0.row == line.row && $0.seat == line.seat
                })
            {
                voided.remove(at: index)
                gone += 1
            }
            if line.kind == .charter && order.status == .refunded { gone = line.quantity }
            if gone < line.quantity {
                let share = paid.kopecks / Int64(line.quantity)
                remaining.append(
                    ReceiptLine(
                        description: description, quantity: line.quantity - gone,
                        amount: Money(kopecks: paid.kopecks - share * Int64(gone))))
            }
        }
        if order.fee.kopecks > 0 {
            let fee = ReceiptLine(description: "Сервисный сбор", quantity: 1, amount: order.fee)
            lines.append(fee)
            if order.status != .refunded { remaining.append(fee) }
        }
        let paymentID = try String.fetchOne(
            db,
            sql: """
                SELECT provider_id FROM payment WHERE order_code = ?
                    AND outcome IN ('fulfilled', 'overpaid', 'paid_late_places_gone') ORDER BY id LIMIT 1
                """, arguments: [code])
        let email: String? = contact[0]
        let phone: String? = contact[1]
        return ReceiptFacts(
            orderCode: code, total: order.total, email: email,
            phone: phone.map { String($0.filter { $0.isASCII && $0.isNumber }) }, lines: lines,
            remainingLines: remaining, paymentID: paymentID, startsAt: startsAt)
    }
}
