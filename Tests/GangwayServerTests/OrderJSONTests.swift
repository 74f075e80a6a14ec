import Foundation
import GangwayCore
import GangwayStore
import NIOCore
import Testing

@testable import GangwayServer

/// The hand-written order JSON says exactly what JSONEncoder says, for orders of every shape.
struct OrderJSONTests {
    static func same(_ body: OrderBody, _ comment: Comment) throws {
        let ours = try JSONSerialization.jsonObject(with: Data(String(buffer: OrderJSON.encode(body)).utf8))
        let theirs = try JSONSerialization.jsonObject(with: APIResponse.encoder.encode(body))
        #expect((ours as? NSDictionary) == (theirs as? NSDictionary), comment)
    }

    @Test func matchesFoundationsEncoding() throws {
        let database = try CheckoutFixture.database()
        let placed = try database.placeHold(
            HoldRequest(
                sailingID: CheckoutFixture.sailing("10:30"),
                seats: [
                    HoldRequest.Seat(section: "salon", row: "2", seat: "1", tier: "adult"),
                    HoldRequest.Seat(section: "salon", row: "2", seat: "2", tier: "child"),
                ],
                standing: [HoldRequest.Standing(section: "deck", tier: "adult", quantity: 2)],
                contact: try ContactDetails(name: nil, email: "a@example.ru", phone: nil), language: .zh),
            policy: CheckoutPolicy(), now: CheckoutFixture.now)
        let pending = OrderBody(placed.order, token: placed.token)
        #expect(pending.payment != nil)
        #expect(pending.lines.count == 3)
        try Self.same(pending, "a pending hold with its token and payment")
        try Self.same(OrderBody(placed.order), "the same order without its token")

        var paid = pending
        paid.status = "paid"
        paid.paidAt = OrderBody.timestamp(CheckoutFixture.now + 300)
        paid.payment = nil
        paid.promo = "ЛЕТО-2031"
        paid.tickets = [
            OrderBody.Ticket(
                code: "7K3M-9QXD-2WZP-HT4R", sailingId: CheckoutFixture.sailing("10:30"), section: "salon", row: "2",
                seat: "1", tier: "adult", category: "standard", status: "valid", qrUrl: "/api/v1/orders/x/qr.svg"),
            OrderBody.Ticket(
                code: "8K3M-9QXD-2WZP-HT4R", sailingId: CheckoutFixture.sailing("10:30"), section: "deck", row: nil,
                seat: nil, tier: "adult", category: "deck \"open\" <air> & sun\n", status: "valid", qrUrl: "/q"),
        ]
        try Self.same(paid, "a paid order with tickets, a promo and text that needs escaping")

        var bare = paid
        bare.lines = []
        bare.tickets = []
        bare.sailingId = nil
        bare.promo = nil
        bare.paidAt = nil
        bare.token = nil
        try Self.same(bare, "an order with nothing optional")
    }

    @Test func timestampsAreFoundationsISO8601() {
        #expect(
            OrderBody.timestamp(CheckoutFixture.now)
                == Date(timeIntervalSince1970: Double(CheckoutFixture.now)).formatted(.iso8601))
    }
}
