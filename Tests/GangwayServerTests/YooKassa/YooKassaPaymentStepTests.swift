import Foundation
import GangwayCore
import GangwayStore
import Hummingbird
import HummingbirdTesting
import Testing

@testable import GangwayServer

/// The payment step with ЮKassa: one payment per order however often it is asked, with a
/// receipt of one item per place.
struct YooKassaPaymentStepTests {
    @Test func thePaymentStepCreatesOnePaymentWithAReceiptAndRedirects() async throws {
        let database = try CheckoutFixture.database()
        let fake = FakeYooKassa()
        try await fake.run { url in
            try await CheckoutAPITests.app(YooKassaTestSupport.server(database, api: url)).test(.router) { client in
                let (code, token, total) = try await client.execute(
                    uri: "/api/v1/holds", method: .post, headers: CheckoutAPITests.jsonHeaders,
                    body: CheckoutAPITests.hold(seats: [("salon|2|1", "adult")], standing: [("deck", "child", 3)])
                ) { response in
                    let body = CheckoutAPITests.json(response)
                    return (
                        body["order_code"] as? String ?? "", body["token"] as? String ?? "",
                        body["total"] as? String ?? ""
                    )
                }
                let (status, answer) = try await YooKassaTestSupport.startPayment(client, code: code, token: token)
                #expect(status == .ok)
                #expect(answer["provider"] as? String == "yookassa")
                let redirect = try #require(answer["redirect_url"] as? String)
                #expect(redirect.hasPrefix("https://yoomoney.ru/checkout/"))
                // Asked again (a double click, a reload): the same payment, no second one.
                let (_, again) = try await YooKassaTestSupport.startPayment(client, code: code, token: token)
                #expect(again["redirect_url"] as? String == redirect)
                #expect(fake.paymentCount == 1)

                let body = try #require(fake.posts(to: "payments").first)
                #expect((body["amount"] as? [String: Any])?["value"] as? String == total)
                #expect((body["metadata"] as? [String: String])?["order_id"] == code)
                let returnURL = (body["confirmation"] as? [String: Any])?["return_url"] as? String ?? ""
                #expect(returnURL.hasPrefix("https://tickets.example.ru/en/order/?code=\(code)&token="))
                let receipt = try #require(body["receipt"] as? [String: Any])
                #expect((receipt["customer"] as? [String: Any])?["email"] as? String == "ivan@example.ru")
                let items = try #require(receipt["items"] as? [[String: Any]])
                #expect(items.count == 4)  // one VIP seat and three standing places
                #expect(items.allSatisfy { $0["payment_mode"] as? String == "full_prepayment" })
                #expect((items[0]["description"] as? String)?.contains("ряд 2, место 1") == true)
                #expect((items[0]["description"] as? String)?.contains("14.06.2027 10:30") == true)
            }
        }
    }

    @Test func aProviderOutageAnswers503AndTheRetryReusesTheKey() async throws {
        let database = try CheckoutFixture.database()
        let fake = FakeYooKassa()
        try await fake.run { url in
            try await CheckoutAPITests.app(YooKassaTestSupport.server(database, api: url)).test(.router) { client in
                let (code, token, _) = try await PaymentAPITests.hold(client)
                fake.failNext = 3
                let (status, problem) = try await YooKassaTestSupport.startPayment(client, code: code, token: token)
                #expect(status == .serviceUnavailable)
                #expect(problem["type"] as? String == "https://gangway.dev/problems/payment-provider-unavailable")
                let (retried, answer) = try await YooKassaTestSupport.startPayment(client, code: code, token: token)
                #expect(retried == .ok)
                #expect(answer["redirect_url"] != nil)
                let keys = fake.keys(for: "payments")
                #expect(keys.count == 4)
                #expect(Set(keys.compactMap { $0 }).count == 1)
                #expect(fake.paymentCount == 1)
            }
        }
    }

    @Test func aRefusedPaymentIs502AndTheNextTryUsesANewKey() async throws {
        let database = try CheckoutFixture.database()
        let fake = FakeYooKassa()
        try await fake.run { url in
            let wrong = YooKassaTestSupport.client(url, key: "test_wrong")
            var server = YooKassaTestSupport.server(database, api: url)
            server = CheckoutServer(
                database: database,
                settings: {
                    var settings = server.settings
                    settings.payments.yookassa = wrong
                    return settings
                }(), clock: server.clock)
            try await CheckoutAPITests.app(server).test(.router) { client in
                let (code, token, _) = try await PaymentAPITests.hold(client)
                let (status, problem) = try await YooKassaTestSupport.startPayment(client, code: code, token: token)
                #expect(status == .badGateway)
                #expect((problem["detail"] as? String)?.contains("invalid_credentials") == true)
                _ = try await YooKassaTestSupport.startPayment(client, code: code, token: token)
                let keys = fake.keys(for: "payments").compactMap { $0 }
                #expect(keys.count == 2 && keys[0] != keys[1])
            }
        }
    }

    @Test func withoutCredentialsThePaymentStepNamesTheVariables() async throws {
        let database = try CheckoutFixture.database()
        try await CheckoutAPITests.app(YooKassaTestSupport.server(database, api: nil)).test(.router) { client in
            let (code, token, _) = try await PaymentAPITests.hold(client)
            let (status, problem) = try await YooKassaTestSupport.startPayment(client, code: code, token: token)
            #expect(status == .serviceUnavailable)
            #expect((problem["detail"] as? String)?.contains("GANGWAY_YOOKASSA_SHOP_ID") == true)
        }
    }
}
