import Foundation
import GangwayCore
import Mustache

/// Renders the ticket confirmation from `templates/mail/confirmation.txt.mustache` and
/// `confirmation.html.mustache`, with the texts of the order's language from the message
/// catalogues (`mail.confirmation.*`), money as the storefront writes it, and each ticket's QR
/// code inline (`cid:`), so the e-mail shows the codes even offline.
public struct ConfirmationComposer: Sendable {
    let library: MustacheLibrary
    let catalogs: [Language: MessageCatalog]
    let from: MailAddress

    /// Loads the mail templates and the catalogues from `templates` (the `templates/` folder).
    public init(templates: URL, from: MailAddress) throws {
        var library = MustacheLibrary()
        let folder = templates.appendingPathComponent("mail", isDirectory: true)
        for name in ["confirmation.txt", "confirmation.html"] {
            let text = try String(contentsOf: folder.appendingPathComponent(name + ".mustache"), encoding: .utf8)
            // The plain-text body is not HTML: nothing in it is escaped.
            try library.register(name.hasSuffix(".txt") ? "{{% CONTENT_TYPE: TEXT}}" + text : text, named: name)
        }
        self.library = library
        var catalogs: [Language: MessageCatalog] = [:]
        for language in Language.allCases {
            catalogs[language] = try MessageCatalog.load(
                directory: templates.appendingPathComponent("i18n", isDirectory: true), language: language)
        }
        self.catalogs = catalogs
        self.from = from
    }

    /// The message for `confirmation`, dated `now` (UTC seconds).
    public func compose(_ confirmation: TicketConfirmation, now: Int64) throws -> MailMessage {
        guard let messages = catalogs[confirmation.language] ?? catalogs[.ru] else {
            throw ComposerError.noCatalogue(confirmation.language.rawValue)
        }
        let format = SiteFormatter(language: confirmation.language)
        let total = format.money(confirmation.total)
        let tickets = confirmation.tickets.map { ticket -> [String: Any] in
            let place =
                if let row = ticket.row, let seat = ticket.seat {
                    messages.text("order.seat", ["row": row, "seat": seat])
                } else {
                    ticket.section
                }
            let tier = messages.contains("tier.\(ticket.tier)") ? messages.text("tier.\(ticket.tier)") : ticket.tier
            return [
                "line": messages.text(
                    "mail.confirmation.ticket", ["code": ticket.code, "place": place + " · " + tier]),
                "code": ticket.code, "cid": "qr-\(ticket.code)",
            ]
        }
        let subject = messages.text("mail.confirmation.subject", ["code": confirmation.orderCode])
        let context: [String: Any] = [
            "lang": confirmation.language.rawValue, "subject": subject,
            "greeting": messages.text("mail.confirmation.greeting"),
            "paid": messages.text("mail.confirmation.paid", ["total": total]),
            "tickets": tickets, "orderLinkLabel": messages.text("mail.confirmation.order_link"),
            "orderPageURL": confirmation.orderPageURL, "footer": messages.text("mail.confirmation.footer"),
            "siteName": messages.text("site.name"),
        ]
        guard let text = library.render(context, withTemplate: "confirmation.txt"),
            let html = library.render(context, withTemplate: "confirmation.html")
        else { throw ComposerError.noCatalogue("mail templates") }
        let images = confirmation.tickets.map {
            MailAttachment(
                fileName: "ticket-\($0.code).svg", contentType: "image/svg+xml", contentID: "qr-\($0.code)",
                bytes: Array($0.qrSVG.utf8))
        }
        let domain = from.address.split(separator: "@").last.map(String.init) ?? "localhost"
        return MailMessage(
            from: from, to: confirmation.customer,
            subject: subject,
            text: text, html: html, attachments: images,
            messageID: "<confirmation.\(confirmation.orderCode)@\(domain)>", date: now)
    }

    enum ComposerError: Error, CustomStringConvertible {
        case noCatalogue(String)
        var description: String {
            switch self {
            case .noCatalogue(let what): "no message catalogue or template for \(what)"
            }
        }
    }
}
