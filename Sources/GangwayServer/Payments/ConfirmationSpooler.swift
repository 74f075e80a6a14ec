import GangwayCore
import GangwayNotify
import GangwayStore
import GangwayTickets
import Logging

/// Spools a paid order's confirmation e-mail, whatever paid it: a provider's notification in
/// `gangway serve`, or an export that `gangway reconcile` found proving the payment.
public struct ConfirmationSpooler: Sendable {
    let database: AppDatabase
    let composer: ConfirmationComposer
    let spool: MailSpool
    /// The storefront's origin, for the link to the order page.
    let origin: String
    let clock: any GangwayCore.Clock

    public init(
        database: AppDatabase, composer: ConfirmationComposer, spool: MailSpool, origin: String,
        clock: any GangwayCore.Clock
    ) {
        self.database = database
        self.composer = composer
        self.spool = spool
        self.origin = origin
        self.clock = clock
    }

    /// The spooler `gangway serve` is set up with, if any.
    init?(database: AppDatabase, settings: ServerSettings, clock: any GangwayCore.Clock) {
        guard let (composer, spool) = settings.payments.confirmations else { return nil }
        self.init(database: database, composer: composer, spool: spool, origin: settings.siteOrigin, clock: clock)
    }

    /// Puts the paid order's confirmation (its tickets with QR codes and a link to its page, in
    /// its language) in the outgoing spool. A failure is logged, not thrown: the payment is
    /// recorded, and the order page shows the tickets anyway. Returns whether a message was written.
    @discardableResult
    public func spool(code: String, logger: Logger) -> Bool {
        let now = clock.now()
        do {
            guard let order = try database.order(code: code, now: now), order.status == .paid,
                let contact = try database.confirmationAddress(forOrder: order.code),
                let token = try database.issueOrderLinkToken(code: order.code, at: now)
            else { return false }
            let tickets = try order.tickets.filter { $0.status == "valid" }.map { ticket in
                TicketConfirmation.Ticket(
                    code: ticket.code, row: ticket.row, seat: ticket.seat, section: ticket.section, tier: ticket.tier,
                    qrSVG: try QRCode.ticketSVG(ticket.code))
            }
            let message = try composer.compose(
                TicketConfirmation(
                    orderCode: order.code, language: order.language,
                    customer: MailAddress(name: contact.name.isEmpty ? nil : contact.name, address: contact.email),
                    total: order.total,
                    orderPageURL: origin + "/\(order.language.rawValue)/order/?code=\(order.code)&token=\(token)",
                    tickets: tickets), now: now)
            let written = try spool.spool(message).written
            if written { logger.info("confirmation spooled", metadata: ["order": .string(order.code)]) }
            return written
        } catch {
            logger.error("confirmation not spooled", metadata: ["order": .string(code), "error": .string("\(error)")])
            return false
        }
    }
}
