import Foundation
import GangwayCore
import GangwayPayments
import GangwayStore
import HTTPTypes
import Hummingbird
import HummingbirdTesting

@testable import GangwayServer

/// Servers and requests for the ЮKassa tests.
enum YooKassaTestSupport {
    static func client(_ url: URL, key: String = FakeYooKassa.secretKey) -> YooKassaClient {
        YooKassaClient(
            credentials: YooKassaCredentials(shopID: FakeYooKassa.shopID, secretKey: key), baseURL: url,
            retryDelays: [.milliseconds(10), .milliseconds(10)], timeout: 5)
    }

    /// The checkout server with ЮKassa as its provider; notifications are trusted from the last
    /// `X-Forwarded-For` hop (as behind nginx) inside ЮKassa's published networks.
    static func server(_ database: AppDatabase, api: URL?, clock: MovableClock = MovableClock(CheckoutFixture.now))
        -> CheckoutServer
    {
        CheckoutServer(
            database: database,
            settings: ServerSettings(
                siteOrigin: "https://tickets.example.ru", holdsPerMinute: 0, trustForwardedFor: true,
                policy: CheckoutPolicy(holdSeconds: 900, maximumPlaces: 6),
                payments: PaymentSettings(provider: .yookassa, yookassa: api.map { client($0) })),
            clock: clock)
    }

    /// From ЮKassa, as nginx forwards it.
    static let fromYooKassa: HTTPFields = [
        .contentType: "application/json", HTTPField.Name("X-Forwarded-For")!: "185.71.76.7",
    ]

    static func webhook(_ event: String, id: String) -> ByteBuffer {
        ByteBuffer(
            string: #"{"type":"notification","event":"\#(event)","object":{"id":"\#(id)","status":"succeeded"}}"#)
    }

    /// Starts paying `code` and returns the JSON answer.
    static func startPayment(_ client: some TestClientProtocol, code: String, token: String) async throws -> (
        HTTPResponse.Status, [String: Any]
    ) {
        try await client.execute(uri: "/api/v1/orders/\(code)/payment?token=\(token)", method: .post) { response in
            (response.status, CheckoutAPITests.json(response))
        }
    }

    static func deliver(
        _ client: some TestClientProtocol, _ event: String, id: String, headers: HTTPFields = fromYooKassa
    )
        async throws -> (HTTPResponse.Status, [String: Any])
    {
        try await client.execute(
            uri: "/api/v1/payments/yookassa/webhook", method: .post, headers: headers, body: webhook(event, id: id)
        ) { response in (response.status, CheckoutAPITests.json(response)) }
    }
}
