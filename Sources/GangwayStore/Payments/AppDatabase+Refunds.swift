import Foundation
import GRDB
import GangwayCore

extension AppDatabase {
    /// Works out what refunding `request` would do, changing nothing (see ``refund(_:at:through:)``).
    public func planRefund(_ request: RefundRequest, at now: Int64) throws -> RefundPlan {
        try writer.read { db in try Self.planRefund(db, request, now: now) }
    }

    /// Refunds a paid order, wholly or some of its tickets, in one immediate transaction: the
    /// tickets are voided and their places freed for sale, the order becomes `refunded` when no
    /// valid ticket is left, and the refund and an audit entry (who, what, why) are recorded. The
    /// amount is the request's, else the rest of the payment for a whole refund, else the paid
    /// price of the tickets; never more than is left of the payment. A ЮMoney wallet payment can
    /// only be refunded by a person sending the money back: the refund is `manual_pending`. A
    /// ЮKassa payment is refunded through the API first (`through`, for the same plan); this
    /// records what the API did.
    public func refund(_ request: RefundRequest, at now: Int64, through providerRefund: ProviderRefund? = nil)
        throws -> RefundResult
    {
        try immediateWrite { db in
            let plan = try Self.planRefund(db, request, now: now)
            let code = plan.orderCode
            if plan.provider == .yookassa {
                guard let providerRefund else { throw RefundFailure.providerRefundMissing(plan.provider) }
                guard providerRefund.status == "pending" || providerRefund.status == "succeeded" else {
                    throw RefundFailure.providerRefused("refund \(providerRefund.id) is \(providerRefund.status)")
                }
                guard providerRefund.amount == plan.amount else {
                    throw RefundFailure.providerMismatch(
                        "refund \(providerRefund.id) is \(providerRefund.amount.decimalString), "
                            + "asked \(plan.amount.decimalString)")
                }
            }
            let order = try OrderRows.details(db, code: code, now: now)
            for ticket in order?.tickets ?? [] where plan.tickets.contains(ticket.code) {
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
            if plan.wholeOrder {
                try db.execute(sql: "UPDATE sales_order SET status = 'refunded' WHERE code = ?", arguments: [code])
                try db.execute(
                    sql: "UPDATE charter_booking SET status = 'cancelled' WHERE order_code = ?", arguments: [code])
            }
            try db.execute(
                sql: """
                    INSERT INTO refund (order_code, provider, provider_id, payment_provider_id, amount, tickets, reason,
                        status, created_by, created_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """,
                arguments: [
                    code, plan.provider.rawValue, providerRefund?.id, plan.paymentProviderID, plan.amount.kopecks,
                    plan.tickets.joined(separator: ","), request.reason, providerRefund?.status ?? "manual_pending",
                    request.actor, now,
                ])
            try Self.audit(
                db, actor: request.actor, action: "refund", order: code,
                detail:
                    "\(plan.amount.decimalString) RUB, tickets: "
                    + "\(plan.tickets.isEmpty ? "none" : plan.tickets.joined(separator: ", "))"
                    + "\(plan.wholeOrder ? " (whole order)" : "")"
                    + "\(providerRefund.map { "; \(plan.provider.rawValue) refund \($0.id) \($0.status)" } ?? "")"
                    + "; reason: \(request.reason)", at: now)
            return RefundResult(
                orderCode: code, amount: plan.amount, voidedTickets: plan.tickets, orderRefunded: plan.wholeOrder,
                provider: plan.provider, paymentProviderID: plan.paymentProviderID, manual: providerRefund == nil)
        }
    }

    static func planRefund(_ db: Database, _ request: RefundRequest, now: Int64) throws -> RefundPlan {
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
        let ticketsPrice = voiding.reduce(Int64(0)) { $0 + Self.paidPrice(of: $1, in: order) }
        let amount = request.amount ?? (whole ? refundable : Money(kopecks: ticketsPrice))
        guard amount.kopecks > 0 else { throw RefundFailure.nothingToRefund(code) }
        guard amount <= refundable else {
            throw RefundFailure.amountTooLarge(requested: amount, refundable: refundable)
        }

        // The refund receipt: the whole sale when all of it goes back, else one line per ticket
        // at its paid price when that is the amount, else one line for the amount.
        let facts = try receiptFacts(db, code: code, now: now)
        var lines: [ReceiptLine]
        if refunded == 0, amount == order.total, let facts {
            lines = facts.lines
        } else if !voiding.isEmpty, amount.kopecks == ticketsPrice, let facts {
            lines = voiding.map { ticket in
                let index = order.lines.firstIndex {
                    $0.sailingID == ticket.sailingID && $0.section == ticket.section && $0.tier == ticket.tier
                        && $0.row == ticket.row && $0.seat == ticket.seat
                }
                return ReceiptLine(
                    description: index.map { facts.lines[$0].description } ?? "Билет \(ticket.code)", quantity: 1,
                    amount: Money(kopecks: Self.paidPrice(of: ticket, in: order)))
            }
        } else {
            lines = [ReceiptLine(description: "Возврат по заказу \(code)", quantity: 1, amount: amount)]
        }
        return RefundPlan(
            orderCode: code, amount: amount, tickets: voiding.map(\.code), wholeOrder: whole, provider: provider,
            paymentProviderID: payment[1], receiptLines: lines, email: facts?.email, phone: facts?.phone)
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
