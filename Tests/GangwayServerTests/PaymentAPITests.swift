import Foundation
import GangwayCore
import GangwayNotify
import GangwayPayments
import GangwayStore
import Hummingbird
import HummingbirdTesting
import Testing

@testable import GangwayServer

/// The payment step and ЮMoney notifications through the real router.
struct PaymentAPITests {
    static let secret = "notification-secret-for-tests"

    static func server(
        _ database: AppDatabase, provider: PaymentProviderKind = .yoomoney, account: Bool = true,
        clock: MovableClock = MovableClock(CheckoutFixture.now), spool: URL? = nil
    ) -> CheckoutServer {
        CheckoutServer(
            database: database,
            settings: ServerSettings(
                siteOrigin: "https://tickets.example.ru", holdsPerMinute: 0,
                policy: CheckoutPolicy(holdSeconds: 900, maximumPlaces: 6),
                payments: PaymentSettings(
                    provider: provider,
                    yoomoney: account
                        ? YooMoneyAccount(wallet: "4100118000000000", secret: secret, paymentType: .card) : nil,
                    confirmations: spool.flatMap { folder in
                        (try? ConfirmationComposer(
                            templates: SiteTemplatesLocation.templates,
                            from: MailAddress(address: "noreply@tickets.example.ru"))).map {
                                ($0, MailSpool(folder: folder))
                            }
                    })),
            clock: clock)
    }

    /// A hold placed through the API: its code, token and total.
    static func hold(_ client: some TestClientProtocol, seat: String = "salon|1|1") async throws -> (
        String, String, String
    ) {
        try await client.execute(
            uri: "/api/v1/holds", method: .post, headers: CheckoutAPITests.jsonHeaders,
            body: CheckoutAPITests.hold(seats: [(seat, "adult")])
        ) { response in
            #expect(response.status == .created)
            let body = CheckoutAPITests.json(response)
            return (body["order_code"] as? String ?? "", body["token"] as? String ?? "", body["total"] as? String ?? "")
        }
    }

    /// A ЮMoney notification for `label`, signed with `secret` unless `hash` is given.
    static func notification(
        label: String, amount: String, operation: String = "op-1", extra: [String: String] = [:],
        secret: String = secret, hash: String? = nil
    ) throws -> ByteBuffer {
        var fields = [
            "notification_type": "card-incoming", "operation_id": operation, "amount": amount,
            "withdraw_amount": amount, "currency": "643", "datetime": "2027-06-14T06:00:00Z", "sender": "",
            "codepro": "false", "label": label, "sha1_hash": "",
        ]
        for (key, value) in extra { fields[key] = value }
        fields["sha1_hash"] = try hash ?? QuickpayNotification.signature(for: fields, secret: secret)
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        let body = fields.sorted { $0.key < $1.key }.map {
            "\($0.key)=\($0.value.addingPercentEncoding(withAllowedCharacters: allowed) ?? "")"
        }.joined(separator: "&")
        return ByteBuffer(string: body)
    }

    static let formHeaders: HTTPFields = [.contentType: "application/x-www-form-urlencoded"]

    @Test func theYooMoneyPaymentStepAnswersTheDocumentedForm() async throws {
        let database = try CheckoutFixture.database()
        try await CheckoutAPITests.app(Self.server(database)).test(.router) { client in
            let (code, token, total) = try await Self.hold(client)
            try await client.execute(uri: "/api/v1/orders/\(code)/payment?token=\(token)", method: .post) { response in
                #expect(response.status == .ok)
                let body = CheckoutAPITests.json(response)
                #expect(body["provider"] as? String == "yoomoney")
                let form = body["form"] as? [String: Any] ?? [:]
                #expect(form["action"] as? String == "https://yoomoney.ru/quickpay/confirm")
                let fields = form["fields"] as? [String: String] ?? [:]
                #expect(fields["receiver"] == "4100118000000000")
                #expect(fields["quickpay-form"] == "button" && fields["paymentType"] == "AC")
                #expect(fields["sum"] == total && fields["label"] == code)
                #expect(
                    fields["successURL"]?.hasPrefix("https://tickets.example.ru/en/order/?code=\(code)&token=") == true)
                #expect(
                    form["field_order"] as? [String] == [
                        "receiver", "quickpay-form", "paymentType", "sum", "label", "successURL",
                    ])
            }
            try await client.execute(uri: "/api/v1/orders/\(code)/payment?token=wrong", method: .post) { response in
                #expect(response.status == .notFound)
            }
        }
    }

    @Test func thePaymentStepRefusesWhatCannotBePaid() async throws {
        let database = try CheckoutFixture.database()
        let clock = MovableClock(CheckoutFixture.now)
        try await CheckoutAPITests.app(Self.server(database, clock: clock)).test(.router) { client in
            let (code, token, _) = try await Self.hold(client)
            clock.advance(901)
            try await client.execute(uri: "/api/v1/orders/\(code)/payment?token=\(token)", method: .post) { response in
                #expect(response.status == .conflict)
                #expect(String(buffer: response.body).contains("expired"))
            }
        }
        for (provider, account, detail) in [
            (PaymentProviderKind.yookassa, true, YooKassaCredentials.shopIDVariable),
            (.yoomoney, false, YooMoneyAccount.secretVariable),
        ] {
            try await CheckoutAPITests.app(Self.server(database, provider: provider, account: account)).test(.router) {
                client in
                let (code, token, _) = try await Self.hold(client, seat: "salon|2|\(account ? 1 : 2)")
                try await client.execute(uri: "/api/v1/orders/\(code)/payment?token=\(token)", method: .post) {
                    response in
                    #expect(response.status == .serviceUnavailable)
                    #expect(String(buffer: response.body).contains(detail))
                }
            }
        }
    }

    @Test func aSignedNotificationPaysTheOrderOnceAndAReplayChangesNothing() async throws {
        let database = try CheckoutFixture.database()
        let paid = try await CheckoutAPITests.app(Self.server(database)).test(.router) { client in
            let (code, token, total) = try await Self.hold(client)
            let body = try Self.notification(label: code, amount: total)
            for expected in [false, true] {
                try await client.execute(
                    uri: "/api/v1/payments/yoomoney/notify", method: .post, headers: Self.formHeaders, body: body
                ) { response in
                    #expect(response.status == .ok)
                    let answer = CheckoutAPITests.json(response)
                    #expect(answer["outcome"] as? String == "fulfilled")
                    #expect(answer["duplicate"] as? Bool == expected)
                }
            }
            try await client.execute(uri: "/api/v1/orders/\(code)?token=\(token)", method: .get) { response in
                let order = CheckoutAPITests.json(response)
                #expect(order["status"] as? String == "paid")
                #expect((order["tickets"] as? [Any])?.count == 1)
            }
            // Paid: the payment step is closed.
            try await client.execute(uri: "/api/v1/orders/\(code)/payment?token=\(token)", method: .post) { response in
                #expect(response.status == .conflict)
            }
            return code
        }
        #expect(try database.payments(forOrder: paid).map(\.outcome) == [.fulfilled])
    }

    @Test func badSignaturesTestAndUnacceptedNotificationsDoNotPay() async throws {
        let database = try CheckoutFixture.database()
        try await CheckoutAPITests.app(Self.server(database)).test(.router) { client in
            let (code, token, total) = try await Self.hold(client)
            let forged = [
                try Self.notification(label: code, amount: total, secret: "guessed"),
                try Self.notification(label: code, amount: total, hash: String(repeating: "0", count: 40)),
            ]
            for body in forged {
                try await client.execute(
                    uri: "/api/v1/payments/yoomoney/notify", method: .post, headers: Self.formHeaders, body: body
                ) { response in #expect(response.status == .forbidden) }
            }
            let test = try Self.notification(
                label: code, amount: total, operation: "test-notification", extra: ["test_notification": "true"])
            try await client.execute(
                uri: "/api/v1/payments/yoomoney/notify", method: .post, headers: Self.formHeaders, body: test
            ) { response in #expect(response.status == .ok) }
            let unaccepted = try Self.notification(
                label: code, amount: total, operation: "op-2", extra: ["unaccepted": "true"])
            try await client.execute(
                uri: "/api/v1/payments/yoomoney/notify", method: .post, headers: Self.formHeaders, body: unaccepted
            ) { response in
                #expect(CheckoutAPITests.json(response)["outcome"] as? String == "unaccepted")
            }
            let short = try Self.notification(label: code, amount: "1.00", operation: "op-3")
            try await client.execute(
                uri: "/api/v1/payments/yoomoney/notify", method: .post, headers: Self.formHeaders, body: short
            ) { response in
                #expect(CheckoutAPITests.json(response)["outcome"] as? String == "underpaid")
            }
            try await client.execute(
                uri: "/api/v1/payments/yoomoney/notify", method: .post, headers: Self.formHeaders,
                body: ByteBuffer(string: "operation_id=1&amount=abc")
            ) { response in #expect(response.status == .badRequest) }
            try await client.execute(uri: "/api/v1/orders/\(code)?token=\(token)", method: .get) { response in
                #expect(CheckoutAPITests.json(response)["status"] as? String == "pending")
            }
            try await client.execute(uri: "/metrics", method: .get) { response in
                let text = String(buffer: response.body)
                #expect(text.contains("gangway_payment_notifications_total{result=\"bad_signature\"} 2"))
                #expect(text.contains("gangway_payment_notifications_total{result=\"test\"} 1"))
            }
        }
    }

    @Test func aPaidOrderGetsOneConfirmationInItsLanguageWithAWorkingLink() async throws {
        let database = try CheckoutFixture.database()
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("mail-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try await CheckoutAPITests.app(Self.server(database, spool: folder)).test(.router) { client in
            let (code, _, total) = try await Self.hold(client)
            let body = try Self.notification(label: code, amount: total)
            for _ in 0..<2 {
                try await client.execute(
                    uri: "/api/v1/payments/yoomoney/notify", method: .post, headers: Self.formHeaders, body: body
                ) { response in #expect(response.status == .ok) }
            }
            let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".eml") }
            #expect(files.count == 1)
            let eml = try String(contentsOf: folder.appendingPathComponent(try #require(files.first)), encoding: .utf8)
            #expect(eml.contains("To: Ivan <ivan@example.ru>\r\n"))
            #expect(eml.contains("ivan@example.ru"))
            // The hold was placed in English: the subject is the English one.
            #expect(eml.contains("Subject: Your tickets — order") || eml.contains("Subject: =?UTF-8?B?"))
            let text = eml.components(separatedBy: "\r\n\r\n").compactMap { block -> String? in
                let base64 = block.components(separatedBy: "\r\n").prefix { !$0.hasPrefix("--") && !$0.isEmpty }
                    .joined()
                return Data(base64Encoded: base64).flatMap { String(data: $0, encoding: .utf8) }
            }.first { $0.hasPrefix("Hello,") }
            let link = try #require(
                text?.components(separatedBy: "\n").first {
                    $0.hasPrefix("https://tickets.example.ru/en/order/?code=\(code)&token=")
                })
            let token = try #require(link.components(separatedBy: "token=").last)
            // The e-mail's own token opens the order.
            try await client.execute(uri: "/api/v1/orders/\(code)?token=\(token)", method: .get) { response in
                #expect(response.status == .ok)
                #expect(CheckoutAPITests.json(response)["status"] as? String == "paid")
            }
        }
    }
}

/// Where the repository's templates are, for tests that render mail.
enum SiteTemplatesLocation {
    static let templates = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("templates", isDirectory: true)
}
