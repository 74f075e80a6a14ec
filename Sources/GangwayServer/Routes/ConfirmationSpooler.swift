import GangwayCore
import GangwayNotify
import GangwayStore
import GangwayTickets
import Hummingbird
import Logging

/// Spools a paid order's confirmation e-mail, whichever provider's notification paid it.
struct ConfirmationSpooler: Sendable {
    let database: AppDatabase
    let settings: ServerSettings
    let clock: any GangwayCore.Clock

    /// Puts the paid order's confirmation (its tickets with QR codes and a link to its page, in
    /// its language) in the outgoing spool. A failure is logged, not answered: the payment is
    /// recorded, and the order page shows the tickets anyway.
    func spool(_ order: OrderDetails, context: CheckoutRequestContext) async {
        guard let (composer, spool) = settings.payments.confirmations else { return }
        let database = database
        let now = clock.now()
        let origin = settings.siteOrigin
        do {
            let written = try await Blocking.run { () -> Bool in
                guard let contact = try database.confirmationAddress(forOrder: order.code),
                    let token = try database.issueOrderLinkToken(code: order.code, at: now)
                else { return false }
                let tickets = try order.tickets.map { ticket in
                    TicketConfirmation.Ticket(
                        code: ticket.code, row: ticket.row, seat: ticket.seat, section: ticket.section,
                        tier: ticket.tier,
                        qrSVG: try QRCode.ticketSVG(ticket.code))
                }
                let message = try composer.compose(
                    TicketConfirmation(
                        orderCode: order.code, language: order.language,
                        customer: MailAddress(name: contact.name.isEmpty ? nil : contact.name, address: contact.email),
                        total: order.total,
                        orderPageURL: origin + "/\(order.language.rawValue)/order/?code=\(order.code)&token=\(token)",
                        tickets: tickets), now: now)
                return try spool.spool(message).written
            }
            if written { context.logger.info("confirmation spooled", metadata: ["order": .string(order.code)]) }
        } catch {
            context.logger.error(
                "confirmation not spooled", metadata: ["order": .string(order.code), "error": .string("\(error)")])
        }
    }
}
