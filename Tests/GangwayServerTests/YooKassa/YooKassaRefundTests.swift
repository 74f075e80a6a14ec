import Foundation
import GangwayCore
import GangwayPayments
import GangwayStore
import Hummingbird
import HummingbirdTesting
import Testing

@testable import GangwayServer

/// Refunds and settlement receipts through the ЮKassa API, as `gangway order refund` and
/// `gangway receipts settle` run them.
struct YooKassaRefundTests {
    /// An order of a VIP seat and three standing child places (2500.00 + 3 × 900.00 = 5200.00),
    /// paid through ЮKassa: its code and the database.
    static func paidOrder(fake: FakeYooKassa, url: URL, database: AppDatabase) async throws -> String {
        try await CheckoutAPITests.app(YooKassaTestSupport.server(database, api: url)).test(.router) { client in
            let (code, token) = try await client.execute(
                uri: "/api/v1/holds", method: .post, headers: CheckoutAPITests.jsonHeaders,
                body: CheckoutAPITests.hold(seats: [("salon|2|1", "adult")], standing: [("deck", "child", 3)])
            ) { response in
                let body = CheckoutAPITests.json(response)
                return (body["order_code"] as? String ?? "", body["token"] as? String ?? "")
            }
            _ = try await YooKassaTestSupport.startPayment(client, code: code, token: token)
            let id = try #require(fake.paymentIDs.first)
            fake.succeed(id)
            let (_, body) = try await YooKassaTestSupport.deliver(client, "payment.succeeded", id: id)
            #expect(body["outcome"] as? String == "fulfilled")
            return code
        }
    }

    static func operations(_ database: AppDatabase, _ url: URL, now: Int64 = CheckoutFixture.now) -> YooKassaOperations
    {
        YooKassaOperations(
            database: database, client: YooKassaTestSupport.client(url), vatCode: 12, taxSystemCode: nil,
            clock: MovableClock(now))
    }

    @Test func aPartialRefundGoesThroughTheAPIWithAReceiptForTheTicketsAndFreesTheirPlaces() async throws {
        let database = try CheckoutFixture.database()
        let fake = FakeYooKassa()
        try await fake.run { url in
            let code = try await Self.paidOrder(fake: fake, url: url, database: database)
            let order = try #require(try database.order(code: code, now: CheckoutFixture.now))
            let child = try #require(order.tickets.first { $0.tier == "child" })
            let request = RefundRequest(orderCode: code, tickets: [child.code], reason: "ill", actor: "anna")
            let plan = try database.planRefund(request, at: CheckoutFixture.now)
            #expect(plan.amount == Money(kopecks: 90_000))
            let refund = try await Self.operations(database, url).refund(plan, reason: "ill")
            let result = try database.refund(request, at: CheckoutFixture.now, through: refund)
            #expect(result.voidedTickets == [child.code])
            #expect(!result.manual && !result.orderRefunded)

            let body = try #require(fake.posts(to: "refunds").first)
            #expect((body["amount"] as? [String: Any])?["value"] as? String == "900.00")
            let items = try #require((body["receipt"] as? [String: Any])?["items"] as? [[String: Any]])
            #expect(items.count == 1)
            #expect((items[0]["amount"] as? [String: Any])?["value"] as? String == "900.00")
            let history = try #require(try database.orderHistory(code: code, now: CheckoutFixture.now))
            #expect(history.refunds.first?.status == "succeeded")
            #expect(history.actions.contains { $0.actor == "anna" && $0.detail.contains(refund.id) })
        }
    }

    @Test func aWholeRefundSendsTheWholeReceiptAndARetryReusesTheRefund() async throws {
        let database = try CheckoutFixture.database()
        let fake = FakeYooKassa()
        try await fake.run { url in
            let code = try await Self.paidOrder(fake: fake, url: url, database: database)
            let request = RefundRequest(orderCode: code, reason: "sailing moved", actor: "anna")
            let plan = try database.planRefund(request, at: CheckoutFixture.now)
            #expect(plan.amount == Money(kopecks: 520_000))
            let first = try await Self.operations(database, url).refund(plan, reason: "sailing moved")
            // The answer was lost, the operator runs the same refund again: the same refund comes back.
            let second = try await Self.operations(database, url).refund(plan, reason: "sailing moved")
            #expect(first == second)
            let keys = fake.keys(for: "refunds")
            #expect(keys.count == 2 && keys[0] == keys[1])
            let items = try #require(
                (fake.posts(to: "refunds").first?["receipt"] as? [String: Any])?["items"] as? [[String: Any]])
            #expect(items.count == 4)
            let result = try database.refund(request, at: CheckoutFixture.now, through: second)
            #expect(result.orderRefunded)
            #expect(try database.order(code: code, now: CheckoutFixture.now)?.status == .refunded)
        }
    }

    @Test func aRefusedOrMismatchedRefundChangesNothing() async throws {
        let database = try CheckoutFixture.database()
        let fake = FakeYooKassa()
        try await fake.run { url in
            let code = try await Self.paidOrder(fake: fake, url: url, database: database)
            let request = RefundRequest(orderCode: code, reason: "x", actor: "anna")
            #expect(throws: RefundFailure.providerRefundMissing(.yookassa)) {
                try database.refund(request, at: CheckoutFixture.now)
            }
            #expect(throws: RefundFailure.self) {
                try database.refund(
                    request, at: CheckoutFixture.now,
                    through: ProviderRefund(id: "rf-x", status: "succeeded", amount: Money(kopecks: 1)))
            }
            #expect(throws: RefundFailure.self) {
                try database.refund(
                    request, at: CheckoutFixture.now,
                    through: ProviderRefund(id: "rf-x", status: "canceled", amount: Money(kopecks: 520_000)))
            }
            #expect(
                try database.order(code: code, now: CheckoutFixture.now)?.tickets.allSatisfy { $0.status == "valid" }
                    == true)
        }
    }

    @Test func theSettlementReceiptIsSentOnceAfterDepartureForThePlacesStillValid() async throws {
        let database = try CheckoutFixture.database()
        let fake = FakeYooKassa()
        try await fake.run { url in
            let code = try await Self.paidOrder(fake: fake, url: url, database: database)
            let order = try #require(try database.order(code: code, now: CheckoutFixture.now))
            let child = try #require(order.tickets.first { $0.tier == "child" })
            let request = RefundRequest(orderCode: code, tickets: [child.code], reason: "ill", actor: "anna")
            let plan = try database.planRefund(request, at: CheckoutFixture.now)
            let refund = try await Self.operations(database, url).refund(plan, reason: "ill")
            _ = try database.refund(request, at: CheckoutFixture.now, through: refund)

            // Before the 10:30 departure nothing is due; after it, this order is.
            #expect(try database.settlementsDue(now: CheckoutFixture.now).isEmpty)
            let afterDeparture = CheckoutFixture.now + 2 * 3_600
            #expect(try database.settlementsDue(now: afterDeparture) == [code])
            let outcome = try await Self.operations(database, url, now: afterDeparture).settle(order: code)
            guard case .sent = outcome else {
                Issue.record("expected a receipt, got \(outcome)")
                return
            }
            #expect(try database.settlementsDue(now: afterDeparture).isEmpty)
            let body = try #require(fake.posts(to: "receipts").first)
            let items = try #require(body["items"] as? [[String: Any]])
            #expect(items.count == 3)
            #expect(items.allSatisfy { $0["payment_mode"] as? String == "full_payment" })
            let settlement = try #require((body["settlements"] as? [[String: Any]])?.first)
            #expect(settlement["type"] as? String == "prepayment")
            #expect((settlement["amount"] as? [String: Any])?["value"] as? String == "4300.00")
            #expect(body["payment_id"] as? String == fake.paymentIDs.first)
        }
    }
}
