import Foundation
import GangwayCore
import GangwayStore
import Testing

/// Refunds: tickets voided and their places free again, the refund and who did it recorded,
/// never more than was paid, nothing changed when refused.
struct RefundTests {
    /// A paid order: a seat and a standing place, paid through a ЮMoney notification.
    static func paid(_ database: AppDatabase, seat: String = "1") throws -> OrderDetails {
        let (code, total) = try PaymentRecordingTests.held(database, seat: seat)
        let recorded = try database.recordPayment(
            PaymentRecordingTests.payment("op-\(code)", for: code, gross: total), at: CheckoutFixture.now + 60)
        return try #require(recorded.order)
    }

    @Test func aWholeRefundVoidsEveryTicketFreesThePlacesAndRecordsWhoDidIt() throws {
        let database = try CheckoutFixture.database()
        let order = try Self.paid(database)
        let result = try database.refund(
            RefundRequest(orderCode: order.code.lowercased(), reason: "trip cancelled by the customer", actor: "anna"),
            at: CheckoutFixture.now + 120)
        #expect(result.orderRefunded && result.manual && result.amount == order.total)
        #expect(Set(result.voidedTickets) == Set(order.tickets.map(\.code)))
        let history = try #require(try database.orderHistory(code: order.code, now: CheckoutFixture.now + 120))
        #expect(history.order.status == .refunded)
        #expect(history.order.tickets.allSatisfy { $0.status == "void" })
        #expect(history.refunds.map(\.status) == ["manual_pending"] && history.refunds.first?.createdBy == "anna")
        #expect(history.actions.first?.actor == "anna" && history.actions.first?.action == "refund")
        // The seat and the standing place can be sold again.
        let again = try LatePaymentTests.hold(
            database, seat: "1", email: "b@example.ru", now: CheckoutFixture.now + 130)
        #expect(again.order.lines.count == 2)
        #expect(throws: RefundFailure.notPaid(order.code, .refunded)) {
            try database.refund(
                RefundRequest(orderCode: order.code, reason: "again", actor: "anna"), at: CheckoutFixture.now)
        }
    }

    @Test func aPartialRefundVoidsOneTicketAtItsPrice() throws {
        let database = try CheckoutFixture.database()
        let order = try Self.paid(database, seat: "2")
        let seatTicket = try #require(order.tickets.first { $0.row != nil })
        let result = try database.refund(
            RefundRequest(
                orderCode: order.code, tickets: [seatTicket.code.lowercased()], reason: "one fewer", actor: "oleg"),
            at: CheckoutFixture.now + 120)
        #expect(!result.orderRefunded && result.voidedTickets == [seatTicket.code])
        let line = try #require(order.lines.first { $0.row == seatTicket.row && $0.seat == seatTicket.seat })
        #expect(result.amount.kopecks == line.amount.kopecks - line.discount.kopecks)
        let after = try #require(try database.order(code: order.code, now: CheckoutFixture.now + 120))
        #expect(after.status == .paid)
        #expect(after.tickets.filter { $0.status == "valid" }.count == 1)
        // Only what is left of the payment can still be refunded.
        #expect(
            throws: RefundFailure.amountTooLarge(
                requested: order.total, refundable: Money(kopecks: order.total.kopecks - result.amount.kopecks))
        ) {
            try database.refund(
                RefundRequest(orderCode: order.code, amount: order.total, reason: "too much", actor: "oleg"),
                at: CheckoutFixture.now + 130)
        }
        let rest = try database.refund(
            RefundRequest(orderCode: order.code, reason: "the rest", actor: "oleg"), at: CheckoutFixture.now + 140)
        #expect(rest.amount.kopecks == order.total.kopecks - result.amount.kopecks && rest.orderRefunded)
    }

    @Test func refusedRefundsChangeNothing() throws {
        let database = try CheckoutFixture.database()
        let order = try Self.paid(database, seat: "3")
        #expect(throws: RefundFailure.unknownTickets(["NOPE-NOPE-NOPE-NOPE"])) {
            try database.refund(
                RefundRequest(orderCode: order.code, tickets: ["NOPE-NOPE-NOPE-NOPE"], reason: "x", actor: "a"),
                at: CheckoutFixture.now)
        }
        #expect(throws: RefundFailure.unknownOrder("GW-NOSUCH")) {
            try database.refund(RefundRequest(orderCode: "gw-nosuch", reason: "x", actor: "a"), at: CheckoutFixture.now)
        }
        let (pending, _) = try PaymentRecordingTests.held(database, seat: "1")
        #expect(throws: RefundFailure.notPaid(pending, .pending)) {
            try database.refund(RefundRequest(orderCode: pending, reason: "x", actor: "a"), at: CheckoutFixture.now)
        }
        let history = try #require(try database.orderHistory(code: order.code, now: CheckoutFixture.now))
        #expect(history.refunds.isEmpty && history.actions.isEmpty)
        #expect(history.order.tickets.allSatisfy { $0.status == "valid" })
    }
}
