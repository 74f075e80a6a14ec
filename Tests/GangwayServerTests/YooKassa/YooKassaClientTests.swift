import Foundation
import GangwayCore
import GangwayPayments
import Testing

/// The ЮKassa client against a local server that answers the documented shapes.
struct YooKassaClientTests {
    static func paymentRequest(_ total: Int64 = 150_000) -> YooKassaPaymentRequest {
        YooKassaPaymentRequest(
            amount: YooKassaAmount(Money(kopecks: total)), returnURL: "https://tickets.example.ru/ru/order/",
            description: "Заказ GW-TEST2345", orderCode: "GW-TEST2345",
            receipt: YooKassaReceiptBuilder.receipt(
                lines: [ReceiptLine(description: "Прогулка", quantity: 1, amount: Money(kopecks: total))],
                customer: .init(email: "ivan@example.ru", phone: nil), vatCode: 12, taxSystemCode: nil))
    }

    @Test func aPaymentIsCreatedWithBasicAuthTheKeyAndTheDocumentedBody() async throws {
        let fake = FakeYooKassa()
        let payment = try await fake.run { url in
            try await YooKassaTestSupport.client(url).createPayment(Self.paymentRequest(), idempotenceKey: "key-1")
        }
        #expect(payment.status == "pending")
        #expect(payment.confirmation?.confirmationURL?.hasPrefix("https://yoomoney.ru/checkout/") == true)
        #expect(fake.keys(for: "payments") == ["key-1"])
        let body = try #require(fake.posts(to: "payments").first)
        #expect(body["capture"] as? Bool == true)
        #expect((body["amount"] as? [String: Any])?["value"] as? String == "1500.00")
        #expect((body["metadata"] as? [String: String])?["order_id"] == "GW-TEST2345")
        let confirmation = body["confirmation"] as? [String: Any]
        #expect(confirmation?["type"] as? String == "redirect")
        let item = try #require(((body["receipt"] as? [String: Any])?["items"] as? [[String: Any]])?.first)
        #expect(item["payment_mode"] as? String == "full_prepayment")
        #expect(item["vat_code"] as? Int == 12)
        #expect(item["measure"] as? String == "piece")
    }

    @Test func aServerErrorIsRetriedWithTheSameKeyAndCreatesOnePayment() async throws {
        let fake = FakeYooKassa()
        fake.failNext = 2
        let payment = try await fake.run { url in
            try await YooKassaTestSupport.client(url).createPayment(Self.paymentRequest(), idempotenceKey: "key-retry")
        }
        #expect(fake.keys(for: "payments") == ["key-retry", "key-retry", "key-retry"])
        #expect(fake.paymentCount == 1)
        // The same key again (a retry of the whole step) gets the same payment back.
        let again = try await fake.run { url in
            try await YooKassaTestSupport.client(url).createPayment(Self.paymentRequest(), idempotenceKey: "key-retry")
        }
        #expect(again.id != payment.id || fake.paymentCount == 1)
    }

    @Test func retriesRunOutAsUnavailable() async throws {
        let fake = FakeYooKassa()
        fake.failNext = 10
        await #expect(throws: YooKassaError.unavailable("HTTP 500")) {
            try await fake.run { url in
                try await YooKassaTestSupport.client(url).createPayment(Self.paymentRequest(), idempotenceKey: "k")
            }
        }
        #expect(fake.keys(for: "payments").count == 3)
    }

    @Test func aClientErrorIsRejectedAtOnceAndNamesTheProblemButNotTheKey() async throws {
        let fake = FakeYooKassa()
        let unbalanced = {
            var request = Self.paymentRequest()
            request.amount = YooKassaAmount(Money(kopecks: 150_001))
            return request
        }()
        do {
            _ = try await fake.run { url in
                try await YooKassaTestSupport.client(url).createPayment(unbalanced, idempotenceKey: "k")
            }
            Issue.record("expected a rejection")
        } catch let error as YooKassaError {
            guard case .rejected(400, "invalid_request", let detail) = error else {
                Issue.record("unexpected \(error)")
                return
            }
            #expect(detail.contains("receipt.items"))
            #expect(!error.isRetryable)
        }
        #expect(fake.keys(for: "payments").count == 1)
        do {
            _ = try await fake.run { url in
                try await YooKassaTestSupport.client(url, key: "test_wrong").payment(id: "x")
            }
            Issue.record("expected a rejection")
        } catch let error as YooKassaError {
            #expect(error == .rejected(status: 401, code: "invalid_credentials", detail: "bad shop id or key"))
            #expect(!"\(error)".contains("test_wrong"))
        }
    }

    @Test func anUnreachableAPIIsUnavailable() async throws {
        let client = YooKassaTestSupport.client(URL(string: "http://127.0.0.1:9/v3/")!)
        do {
            _ = try await client.payment(id: "2f000001")
            Issue.record("expected a failure")
        } catch let error as YooKassaError {
            #expect(error.isRetryable)
        }
        await #expect(throws: YooKassaError.self) { _ = try await client.payment(id: "../../etc") }
    }

    @Test func credentialsComeFromTheEnvironmentAndNeverPrintTheKey() {
        #expect(YooKassaCredentials(environment: [:]) == nil)
        #expect(YooKassaCredentials(environment: [YooKassaCredentials.shopIDVariable: "1"]) == nil)
        let credentials = YooKassaCredentials(environment: [
            YooKassaCredentials.shopIDVariable: "123", YooKassaCredentials.secretKeyVariable: "test_abc",
        ])
        #expect(credentials?.isTestShop == true)
        #expect(credentials.map { "\($0)" } == "ЮKassa shop 123 (test)")
    }
}
