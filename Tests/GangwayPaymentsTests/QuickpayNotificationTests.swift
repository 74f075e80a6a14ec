import GangwayCore
import Testing

@testable import GangwayPayments

/// ЮMoney notifications (payments.md): the documented signature vector, and every way a
/// notification can be wrong.
@Suite struct QuickpayNotificationTests {
    static let secret = "01234567890ABCDEF01234567890"

    /// The documentation's example notification, signed with its secret.
    static func documented(_ changes: [String: String] = [:]) -> [String: String] {
        var fields = [
            "notification_type": "p2p-incoming", "operation_id": "1234567", "amount": "300.00",
            "currency": "643", "datetime": "2011-07-01T09:00:00.000+04:00", "sender": "41001XXXXXXXX",
            "codepro": "false", "label": "YM.label.12345", "sha1_hash": "a2ee4a9195f4a90e893cff4f62eeba0b662321f9",
        ]
        for (key, value) in changes { fields[key] = value }
        return fields
    }

    static func signed(_ fields: [String: String], secret: String = secret) throws -> [String: String] {
        var fields = fields
        let notification = try QuickpayNotification(fields: fields)
        fields["sha1_hash"] = SHA1.hex(Array(notification.signatureBase(secret: secret).utf8))
        return fields
    }

    @Test func sha1MatchesKnownDigests() {
        #expect(SHA1.hex([]) == "da39a3ee5e6b4b0d3255bfef95601890afd80709")
        #expect(SHA1.hex(Array("abc".utf8)) == "a9993e364706816aba3e25717850c26c9cd0d89d")
        let long = Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8)
        #expect(SHA1.hex(long) == "84983e441c3bd26ebaae4aa1f95129e5e54670f1")
        #expect(SHA1.hex([UInt8](repeating: 0x61, count: 1_000)) == "291e9a6c66994949b57ba5e650361e98fc36b1ba")
    }

    @Test func theDocumentedVectorVerifies() throws {
        let notification = try QuickpayNotification(fields: Self.documented())
        #expect(
            notification.signatureBase(secret: Self.secret)
                == "p2p-incoming&1234567&300.00&643&2011-07-01T09:00:00.000+04:00&41001XXXXXXXX&false&"
                + "01234567890ABCDEF01234567890&YM.label.12345")
        #expect(notification.isSigned(with: Self.secret))
        #expect(notification.amount == Money(kopecks: 30_000))
        #expect(!notification.isTest && !notification.isUnaccepted)
    }

    @Test func anUpperCaseHashIsTheSameHex() throws {
        let fields = Self.documented(["sha1_hash": "A2EE4A9195F4A90E893CFF4F62EEBA0B662321F9"])
        #expect(try QuickpayNotification(fields: fields).isSigned(with: Self.secret))
    }

    @Test func emptySenderAndLabelStayEmptyInTheSignature() throws {
        let fields = try Self.signed(
            Self.documented(["sender": "", "label": "", "notification_type": "card-incoming"]))
        let notification = try QuickpayNotification(fields: fields)
        #expect(notification.signatureBase(secret: "s").hasSuffix("&&false&s&"))
        #expect(notification.isSigned(with: Self.secret))
        // Absent is the same as empty for the two fields that may be empty.
        var absent = fields
        absent["sender"] = nil
        absent["label"] = nil
        #expect(try QuickpayNotification(fields: absent).isSigned(with: Self.secret))
    }

    @Test func aWrongHashOrSecretFails() throws {
        let wrongHash = Self.documented(["sha1_hash": "a2ee4a9195f4a90e893cff4f62eeba0b662321f8"])
        #expect(try !QuickpayNotification(fields: wrongHash).isSigned(with: Self.secret))
        #expect(try !QuickpayNotification(fields: Self.documented()).isSigned(with: Self.secret + "0"))
        #expect(try !QuickpayNotification(fields: Self.documented(["sha1_hash": ""])).isSigned(with: Self.secret))
    }

    @Test func anAlteredSignedFieldFails() throws {
        for (field, value) in [
            ("amount", "3000.00"), ("operation_id", "1234568"), ("label", "YM.label.12346"), ("currency", "840"),
            ("datetime", "2011-07-01T09:00:01.000+04:00"), ("sender", "41001XXXXXXXY"), ("codepro", "true"),
        ] {
            let notification = try QuickpayNotification(fields: Self.documented([field: value]))
            #expect(!notification.isSigned(with: Self.secret), "\(field) changed, yet the signature held")
        }
    }

    @Test func fieldsOutsideTheSignatureDoNotBreakIt() throws {
        let fields = Self.documented(["withdraw_amount": "301.51", "test_notification": "true", "unaccepted": "true"])
        let notification = try QuickpayNotification(fields: fields)
        #expect(notification.isSigned(with: Self.secret))
        #expect(notification.withdrawAmount == Money(kopecks: 30_151))
        #expect(notification.charged == Money(kopecks: 30_151))
        #expect(notification.isTest && notification.isUnaccepted)
    }

    @Test func missingFieldsAndBadAmountsAreRefused() {
        var missing = Self.documented()
        missing["operation_id"] = nil
        #expect(throws: QuickpayNotificationError.missingField("operation_id")) {
            try QuickpayNotification(fields: missing)
        }
        for bad in ["300,00", "-1.00", "1e3", "300.001", "", " 300.00", "300.", ".5"] {
            #expect(throws: QuickpayNotificationError.badAmount("amount", bad)) {
                try QuickpayNotification(fields: Self.documented(["amount": bad]))
            }
        }
        #expect(throws: QuickpayNotificationError.badAmount("withdraw_amount", "abc")) {
            try QuickpayNotification(fields: Self.documented(["withdraw_amount": "abc"]))
        }
    }

    @Test func protocolAmountsAreExactKopecks() {
        #expect(ProtocolAmount.parse("0.01") == Money(kopecks: 1))
        #expect(ProtocolAmount.parse("15") == Money(kopecks: 1_500))
        #expect(ProtocolAmount.parse("99.5") == Money(kopecks: 9_950))
        #expect(ProtocolAmount.parse("1234567.89") == Money(kopecks: 123_456_789))
        #expect(ProtocolAmount.parse("0.1") == Money(kopecks: 10))
        #expect(ProtocolAmount.format(Money(kopecks: 150_005)) == "1500.05")
    }

    @Test func theFormCarriesTheDocumentedFields() {
        let form = QuickpayForm(
            receiver: "4100111", total: Money(kopecks: 250_050), label: "GW-ABC", successURL: "https://x/ru/order/",
            paymentType: .card)
        #expect(form.fields.map(\.name) == ["receiver", "quickpay-form", "paymentType", "sum", "label", "successURL"])
        #expect(form.fields.map(\.value) == ["4100111", "button", "AC", "2500.50", "GW-ABC", "https://x/ru/order/"])
    }
}
