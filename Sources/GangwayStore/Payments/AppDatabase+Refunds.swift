import Foundation
import GRDB
import GangwayCore

extension AppDatabase {
    /// Refunds a paid order, wholly or some of its tickets, in one immediate transaction: the
    /// tickets are voided and their places freed for sale, the order becomes `refunded` when no
    /// valid ticket is left, and the refund and an audit entry (who, what, why) are recorded. The
    /// amount is the request's, else the rest of the payment for a whole refund, else the paid
    /// price of the tickets; never more than is left of the payment. A ЮMoney wallet payment can
    /// only be refunded by a person sending the money back: the refund is `manual_pending`.
    public func refund(_ request: RefundRequest, at now: Int64) throws -> RefundResult {
        try immediateWrite { db in
            let code = ReadableCode.normalise(request.orderCode)
            guard let order = try OrderRows.details(db, code: code, now: now) else {
                throw RefundFailure.unknownOrder(code)
            }
            guard order.status == .paid || order.status == .needsResolution else {
                throw RefundFailure.notPaid(code, order.status)
            }
            guard
                let payment = try Row.fetchOne(
                    db,
                    sql: """
                        SELECT provider, provider_id, gross FROM payment
                        WHERE order_code = ? AND outcome IN ('fulfilled', 'overpaid', 'paid_late_places_gone')
                        ORDER BY id LIMIT 1
                        """, arguments: [code])
            else { throw RefundFailure.noPayment(code) }
            let provider = PaymentProviderKind(rawValue: payment[0]) ?? .yookassa
            guard provider == .yoomoney else { throw RefundFailure.providerNotSupported(provider) }
            let paymentID: String = payment[1]
            let refunded =
                try Int64.fetchOne(
                    db,
                    sql: "SELECT COALESCE(SUM(amount), 0) FROM refund WHERE order_code = ? AND status <> 'canceled'",
                    arguments: [code]) ?? 0
            let refundable = Money(kopecks: (payment[2] as Int64) - refunded)
            guard refundable.kopecks > 0 else { throw RefundFailure.nothingToRefund(code) }

            let valid = order.tickets.filter { $0.status == "valid" }
            let asked = request.tickets.map { $0.uppercased().trimmingCharacters(in: .whitespaces) }
            let unknown = asked.filter { code in !valid.contains { $0.code == code } }
            guard unknown.isEmpty else { throw RefundFailure.unknownTickets(unknown) }
            let voiding = asked.isEmpty ? valid : valid.filter { asked.contains($0.code) }
            let whole = voiding.count == valid.count
            let amount =
                request.amount
                ?? (whole ? refundable : Money(kopecks: voiding.reduce(0) { $0 + Self.paidPrice(of: $1, in: order) }))
            guard amount.kopecks > 0 else { throw RefundFailure.nothingToRefund(code) }
            guard amount <= refundable else {
                throw RefundFailure.amountTooLarge(requested: amount, refundable: refundable)
            }

            for ticket in voiding {
                try db.execute(sql: "UPDATE ticket SET status = 'void' WHERE code = ?", arguments: [ticket.code])
                if let row = ticket.row, let seat = ticket.seat {
                    try db.execute(
                        sql: """
                            DELETE FROM seat_claim WHERE sailing_id = ? AND section_id = ? AND row_label = ?
                                AND seat_label = ? AND order_code = ?
                            """, arguments: [ticket.sailingID, ticket.section, row, seat, code])
                } else {
                    let arguments: StatementArguments = [code, ticket.sailingID, ticket.section]
                    try db.execute(
                        sql: """
                            DELETE FROM standing_claim
                            WHERE order_code = ? AND sailing_id = ? AND section_id = ? AND quantity = 1
                            """, arguments: arguments)
                    if db.changesCount == 0 {
                        try db.execute(
                            sql: """
                                UPDATE standing_claim SET quantity = quantity - 1
                                WHERE order_code = ? AND sailing_id = ? AND section_id = ?
                                """, arguments: arguments)
                    }
                }
            }
            if whole {
                try db.execute(sql: "UPDATE sales_order SET status = 'refunded' WHERE code = ?", arguments: [code])
            }
            let voided = voiding.map(\.code)
            try db.execute(
                sql: """
                    INSERT INTO refund (order_code, provider, provider_id, payment_provider_id, amount, tickets, reason,
                        status, created_by, created_at)
                    VALUES (?, ?, NULL, ?, ?, ?, ?, 'manual_pending', ?, ?)
                    """,
                arguments: [
                    code, provider.rawValue, paymentID, amount.kopecks, voided.joined(separator: ","), request.reason,
                    request.actor, now,
                ])
            try Self.audit(
                db, actor: request.actor, action: "refund", order: code,
                detail:
                    "\(amount.decimalString) RUB, tickets: \(voided.isEmpty ? "none" : voided.joined(separator: ", "))"
                    + "\(whole ? " (whole order)" : ""); reason: \(request.reason)", at: now)
            return RefundResult(
                orderCode: code, amount: amount, voidedTickets: voided, orderRefunded: whole, provider: provider,
                paymentProviderID: paymentID, manual: true)
        }
    }

    /// What the customer paid for one ticket: its line's amount after discount, per place.
    static func paidPrice(of ticket: OrderDetails.Ticket, in order: OrderDetails) -> Int64 {
        guard
            let line = order.lines.first(where: {
                $0.kind != .charter && $0.sailingID == ticket.sailingID && $0.section == ticket.section
                    && $0.tier == ticket.tier && $0.row == ticket.row && $0.seat == ticket.seat
            }), line.quantity > 0
        else { return 0 }
        return (line.amount.kopecks - line.discount.kopecks) / Int64(line.quantity)
    }

    static func audit(_ db: Database, actor: String, action: String, order: String?, detail: String, at now: Int64)
        throws
    {
        try db.execute(
            sql: "INSERT INTO audit_log (at, actor, action, order_code, detail) VALUES (?, ?, ?, ?, ?)",
            arguments: [now, actor, action, order, detail])
    }
}
