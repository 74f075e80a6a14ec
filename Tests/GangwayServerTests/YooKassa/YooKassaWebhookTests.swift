import Foundation
import GangwayCore
import GangwayStore
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

@testable import GangwayServer

/// ЮKassa notifications: trusted only from ЮKassa's networks, and then only for what the API
/// says when the object is read back.
struct YooKassaWebhookTests {
    /// A hold on seat 2|1 of 10:30, its payment created through the payment step: order code,
    /// token and ЮKassa payment id.
    static func pendingPayment(_ client: some TestClientProtocol, fake: FakeYooKassa, seat: String = "salon|2|1")
        async throws -> (String, String, String)
    {
        let (code, token, _) = try await PaymentAPITests.hold(client, seat: seat)
        _ = try await YooKassaTestSupport.startPayment(client, code: code, token: token)
        let id = try #require(
            fake.paymentIDs.first { (fake.payment($0)?["metadata"] as? [String: String])?["order_id"] == code })
        return (code, token, id)
    }

    @Test func aNotificationFromOutsideTheNetworksIsRefusedAndChangesNothing() async throws {
        let database = try CheckoutFixture.database()
        let fake = FakeYooKassa()
        try await fake.run { url in
            try await CheckoutAPITests.app(YooKassaTestSupport.server(database, api: url)).test(.router) { client in
                let (code, _, id) = try await Self.pendingPayment(client, fake: fake)
                fake.succeed(id)
                // A forged first hop does not help: the hop nginx appended is what counts.
                for forwarded in ["10.1.2.3", "185.71.76.7, 10.1.2.3"] {
                    let (status, _) = try await YooKassaTestSupport.deliver(
                        client, "payment.succeeded", id: id,
                        headers: [.contentType: "application/json", HTTPField.Name("X-Forwarded-For")!: forwarded])
                    #expect(status == .forbidden)
                }
                #expect(try database.order(code: code, now: CheckoutFixture.now)?.status == .pending)
                #expect(try database.payments(forOrder: code).isEmpty)
            }
        }
    }

    @Test func aSucceededPaymentIssuesTicketsOnceAndKeepsTheNetAmount() async throws {
        let database = try CheckoutFixture.database()
        let fake = FakeYooKassa()
        try await fake.run { url in
            try await CheckoutAPITests.app(YooKassaTestSupport.server(database, api: url)).test(.router) { client in
                let (code, _, id) = try await Self.pendingPayment(client, fake: fake)
                fake.succeed(id, income: "2412.50")
                for duplicate in [false, true] {
                    let (status, body) = try await YooKassaTestSupport.deliver(client, "payment.succeeded", id: id)
                    #expect(status == .ok)
                    #expect(body["outcome"] as? String == "fulfilled")
                    #expect(body["duplicate"] as? Bool == duplicate)
                }
                let order = try #require(try database.order(code: code, now: CheckoutFixture.now))
                #expect(order.status == .paid)
                #expect(order.tickets.count == 1)
                let payments = try database.payments(forOrder: code)
                #expect(payments.count == 1)
                #expect(payments.first?.provider == .yookassa)
                #expect(payments.first?.net == Money(kopecks: 241_250))
                #expect(payments.first?.fee == Money(kopecks: 8_750))
            }
        }
    }

    @Test func theAPIOverridesANotificationThatContradictsIt() async throws {
        let database = try CheckoutFixture.database()
        let fake = FakeYooKassa()
        try await fake.run { url in
            try await CheckoutAPITests.app(YooKassaTestSupport.server(database, api: url)).test(.router) { client in
                // "succeeded", but the API says it is still pending: nothing is paid.
                let (pendingCode, _, pendingID) = try await Self.pendingPayment(client, fake: fake)
                let (status, body) = try await YooKassaTestSupport.deliver(client, "payment.succeeded", id: pendingID)
                #expect(status == .ok)
                #expect(body["status"] as? String == "pending")
                #expect(try database.order(code: pendingCode, now: CheckoutFixture.now)?.status == .pending)
                #expect(try database.payments(forOrder: pendingCode).isEmpty)

                // "canceled", but the API says it succeeded: the order is paid, not released.
                let (paidCode, _, paidID) = try await Self.pendingPayment(client, fake: fake, seat: "salon|2|2")
                fake.succeed(paidID)
                let (_, paid) = try await YooKassaTestSupport.deliver(client, "payment.canceled", id: paidID)
                #expect(paid["outcome"] as? String == "fulfilled")
                #expect(try database.order(code: paidCode, now: CheckoutFixture.now)?.status == .paid)
            }
        }
    }

    @Test func aCanceledPaymentReleasesTheHoldAtOnce() async throws {
        let database = try CheckoutFixture.database()
        let fake = FakeYooKassa()
        try await fake.run { url in
            try await CheckoutAPITests.app(YooKassaTestSupport.server(database, api: url)).test(.router) { client in
                let (code, _, id) = try await Self.pendingPayment(client, fake: fake)
                fake.cancel(id)
                let (status, body) = try await YooKassaTestSupport.deliver(client, "payment.canceled", id: id)
                #expect(status == .ok)
                #expect(body["released"] as? Bool == true)
                #expect(try database.order(code: code, now: CheckoutFixture.now)?.status == .expired)
                // The seat is free again at once: another hold gets it.
                let (again, _, _) = try await PaymentAPITests.hold(client, seat: "salon|2|1")
                #expect(!again.isEmpty)
                let (_, repeated) = try await YooKassaTestSupport.deliver(client, "payment.canceled", id: id)
                #expect(repeated["released"] as? Bool == false)
            }
        }
    }

    @Test func unknownObjectsAndMalformedNotificationsAreAnsweredWithoutEffect() async throws {
        let database = try CheckoutFixture.database()
        let fake = FakeYooKassa()
        try await fake.run { url in
            try await CheckoutAPITests.app(YooKassaTestSupport.server(database, api: url)).test(.router) { client in
                let (status, body) = try await YooKassaTestSupport.deliver(client, "payment.succeeded", id: "2f999999")
                #expect(status == .ok)
                #expect(body["status"] as? String == "unknown object, ignored")
                try await client.execute(
                    uri: "/api/v1/payments/yookassa/webhook", method: .post, headers: YooKassaTestSupport.fromYooKassa,
                    body: ByteBuffer(string: #"{"type":"notification","event":"payment.exploded","object":{"id":"x"}}"#)
                ) { response in #expect(response.status == .badRequest) }
                fake.failNext = 3
                let (unavailable, _) = try await YooKassaTestSupport.deliver(
                    client, "payment.succeeded", id: "2f000001")
                #expect(unavailable == .serviceUnavailable)
            }
        }
    }

    @Test func aRefundMadeInTheDashboardIsRecordedForAPerson() async throws {
        let database = try CheckoutFixture.database()
        let fake = FakeYooKassa()
        try await fake.run { url in
            try await CheckoutAPITests.app(YooKassaTestSupport.server(database, api: url)).test(.router) { client in
                let (code, _, id) = try await Self.pendingPayment(client, fake: fake)
                fake.succeed(id)
                _ = try await YooKassaTestSupport.deliver(client, "payment.succeeded", id: id)
                let refund = fake.dashboardRefund(payment: id, amount: "500.00")
                for expected in ["recorded_external", "unchanged"] {
                    let (status, body) = try await YooKassaTestSupport.deliver(client, "refund.succeeded", id: refund)
                    #expect(status == .ok)
                    #expect(body["outcome"] as? String == expected)
                }
                let history = try #require(try database.orderHistory(code: code, now: CheckoutFixture.now))
                #expect(history.refunds.count == 1)
                #expect(history.refunds.first?.amount == Money(kopecks: 50_000))
            }
        }
    }
}
