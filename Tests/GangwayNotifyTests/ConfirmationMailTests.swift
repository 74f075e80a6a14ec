import Foundation
import GangwayCore
import Testing

@testable import GangwayNotify

/// The ticket confirmation: composed in the order's language from the catalogues, written as a
/// standard .eml into the spool once.
@Suite struct ConfirmationMailTests {
    static let templates = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("templates", isDirectory: true)

    static func confirmation(_ language: Language) -> TicketConfirmation {
        TicketConfirmation(
            orderCode: "GW-ABCD2345", language: language,
            customer: MailAddress(name: "Иван Петров", address: "ivan@example.ru"), total: Money(kopecks: 250_050),
            orderPageURL: "https://tickets.example.ru/\(language.rawValue)/order/?code=GW-ABCD2345&token=T0K3N",
            tickets: [
                .init(
                    code: "7K3M-9QXD-4HTW-2BNA", row: "3", seat: "12", section: "salon", tier: "adult", qrSVG: "<svg/>"),
                .init(
                    code: "AAAA-BBBB-CCCC-DDDD", row: nil, seat: nil, section: "deck", tier: "child", qrSVG: "<svg/>"),
            ])
    }

    static func decodedParts(_ eml: String) -> [String] {
        // Every base64 body, decoded: enough to read what the customer sees.
        eml.components(separatedBy: "\r\n\r\n").dropFirst().compactMap { block in
            let base64 = block.components(separatedBy: "\r\n").prefix { !$0.hasPrefix("--") && !$0.isEmpty }.joined()
            return Data(base64Encoded: base64).flatMap { String(data: $0, encoding: .utf8) }
        }
    }

    @Test(arguments: [
        (Language.ru, "Ваши билеты — заказ GW-ABCD2345", "Оплата получена: 2\u{A0}500,50\u{A0}₽", "Ряд 3, место 12"),
        (.en, "Your tickets — order GW-ABCD2345", "payment of ₽2,500.50", "Row 3, seat 12"),
        (.zh, "您的船票 — 订单 GW-ABCD2345", "已收到您的付款", "船票 7K3M-9QXD-4HTW-2BNA"),
    ])
    func theConfirmationIsInTheOrdersLanguage(language: Language, subject: String, paid: String, ticket: String) throws
    {
        let composer = try ConfirmationComposer(
            templates: Self.templates, from: MailAddress(address: "noreply@tickets.example.ru"))
        let message = try composer.compose(Self.confirmation(language), now: 1_795_000_000)
        #expect(message.subject == subject)
        #expect(message.text.contains(paid))
        #expect(message.text.contains(ticket))
        #expect(
            message.text.contains("https://tickets.example.ru/\(language.rawValue)/order/?code=GW-ABCD2345&token=T0K3N")
        )
        #expect(message.html?.contains("<html lang=\"\(language.rawValue)\">") == true)
        #expect(message.html?.contains("src=\"cid:qr-7K3M-9QXD-4HTW-2BNA\"") == true)
        #expect(message.attachments.map(\.contentID) == ["qr-7K3M-9QXD-4HTW-2BNA", "qr-AAAA-BBBB-CCCC-DDDD"])
        let eml = String(decoding: EMLEncoder.encode(message), as: UTF8.self)
        #expect(eml.contains("Subject: =?UTF-8?B?"))
        #expect(eml.contains("To: =?UTF-8?B?"))
        #expect(eml.contains("<ivan@example.ru>"))
        #expect(eml.contains("Content-Type: multipart/related;"))
        #expect(eml.contains("Content-Type: image/svg+xml; name=\"ticket-7K3M-9QXD-4HTW-2BNA.svg\""))
        #expect(!eml.contains("\n\n") && eml.components(separatedBy: "\r\n").allSatisfy { $0.utf8.count <= 998 })
        #expect(Self.decodedParts(eml).contains { $0.contains(paid) })
    }

    @Test func plainTextIsNotHTMLEscapedAndHeadersAreASCII() throws {
        let message = MailMessage(
            from: MailAddress(name: "Tickets & Co", address: "t@example.ru"), to: MailAddress(address: "a@example.ru"),
            subject: "A & B <ok>", text: "Fish & chips", messageID: "<m1@example.ru>", date: 0)
        let eml = String(decoding: EMLEncoder.encode(message), as: UTF8.self)
        #expect(eml.hasPrefix("From: Tickets & Co <t@example.ru>\r\n"))
        #expect(eml.contains("Subject: A & B <ok>\r\n"))
        #expect(eml.contains("Date: Thu, 1 Jan 1970 00:00:00 +0000\r\n"))
        #expect(eml.unicodeScalars.allSatisfy { $0.isASCII })
        #expect(Self.decodedParts(eml) == ["Fish & chips"])
    }

    @Test func datesAreRFC5322() {
        #expect(EMLEncoder.rfc5322Date(1_795_000_000) == "Wed, 18 Nov 2026 11:06:40 +0000")
        #expect(EMLEncoder.rfc5322Date(-1) == "Wed, 31 Dec 1969 23:59:59 +0000")
        #expect(EMLEncoder.header("Привет").hasPrefix("=?UTF-8?B?"))
        let long = String(repeating: "Ж", count: 60)
        #expect(EMLEncoder.header(long).components(separatedBy: "\r\n ").count == 3)
    }

    @Test func theSpoolWritesEachMessageOnce() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("spool-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let spool = MailSpool(folder: folder)
        let message = MailMessage(
            from: MailAddress(address: "t@example.ru"), to: MailAddress(address: "a@example.ru"), subject: "s",
            text: "one", messageID: "<confirmation.GW-1@example.ru>", date: 0)
        let first = try spool.spool(message)
        #expect(first.written && first.file.lastPathComponent == "confirmation.GW-1@example.ru.eml")
        var changed = message
        changed.text = "two"
        #expect(try !spool.spool(changed).written)
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        #expect(files == ["confirmation.GW-1@example.ru.eml"])
    }

    @Test func addressesParse() {
        #expect(MailAddress(parsing: "Невские прогулки <tickets@example.ru>")?.name == "Невские прогулки")
        #expect(MailAddress(parsing: "a@b.ru")?.address == "a@b.ru")
        #expect(MailAddress(parsing: "no at sign") == nil)
        #expect(MailAddress(parsing: "x@y.ru\r\nBcc: z@w.ru") == nil)
    }
}
