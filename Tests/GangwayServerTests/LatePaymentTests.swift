import Foundation
import GangwayCore
import GangwayStore
import Testing

/// markPaid for a hold that lapsed: the places are claimed again when still free, otherwise the
/// order is paid but needs resolution (no tickets), and nobody else's seat is touched.
struct LatePaymentTests {
    static func hold(_ database: AppDatabase, seat: String, email: String, now: Int64) throws -> PlacedHold {
        try database.placeHold(
            HoldRequest(
                sailingID: CheckoutFixture.sailing("10:30"),
                seats: [HoldRequest.Seat(section: "salon", row: "1", seat: seat, tier: "adult")],
                standing: [HoldRequest.Standing(section: "deck", tier: "adult", quantity: 1)],
                contact: try ContactDetails(name: nil, email: email, phone: nil), language: .ru),
            policy: CheckoutPolicy(holdSeconds: 60), now: now)
    }

    @Test func aLatePaymentReclaimsFreePlacesAndIssuesTickets() throws {
        let database = try CheckoutFixture.database()
        let placed = try Self.hold(database, seat: "1", email: "a@example.ru", now: CheckoutFixture.now)
        let paid = try database.markPaid(code: placed.orderCode, at: CheckoutFixture.now + 600)
        #expect(paid.status == .paid)
        #expect(paid.tickets.count == 2)
        // The seat is sold again: nobody else can hold it.
        #expect(throws: HoldFailure.seatsTaken(["salon|1|1"])) {
            _ = try Self.hold(database, seat: "1", email: "b@example.ru", now: CheckoutFixture.now + 700)
        }
    }

    @Test func aLatePaymentForPlacesSoldMeanwhileNeedsResolution() throws {
        let database = try CheckoutFixture.database()
        let first = try Self.hold(database, seat: "2", email: "a@example.ru", now: CheckoutFixture.now)
        let second = try Self.hold(database, seat: "2", email: "b@example.ru", now: CheckoutFixture.now + 120)
        let late = try database.markPaid(code: first.orderCode, at: CheckoutFixture.now + 130)
        #expect(late.status == .needsResolution)
        #expect(late.tickets.isEmpty)
        // The second customer's hold is untouched and can still be paid.
        #expect(try database.markPaid(code: second.orderCode, at: CheckoutFixture.now + 140).tickets.count == 2)
    }

    @Test func aLatePaymentThatCannotHaveEveryPlaceClaimsNone() throws {
        let database = try CheckoutFixture.database()
        // The first order's seat stays free, but its standing place goes: the deck holds 4.
        let first = try Self.hold(database, seat: "3", email: "a@example.ru", now: CheckoutFixture.now)
        _ = try database.placeHold(
            HoldRequest(
                sailingID: CheckoutFixture.sailing("10:30"), seats: [],
                standing: [HoldRequest.Standing(section: "deck", tier: "adult", quantity: 4)],
                contact: try ContactDetails(name: nil, email: "b@example.ru", phone: nil), language: .ru),
            policy: CheckoutPolicy(holdSeconds: 3_600), now: CheckoutFixture.now + 120)
        #expect(try database.markPaid(code: first.orderCode, at: CheckoutFixture.now + 130).status == .needsResolution)
        // Its seat was not left claimed for an order without tickets.
        let seat = try #require(
            try database.availability(sailingID: CheckoutFixture.sailing("10:30"), now: CheckoutFixture.now + 130)?
                .seats.first { $0.id == "salon|1|3" })
        #expect(seat.free)
    }
}
