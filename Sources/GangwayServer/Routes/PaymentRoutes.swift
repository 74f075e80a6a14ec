import Foundation
import GangwayCore
import GangwayNotify
import GangwayPayments
import GangwayStore
import GangwayTickets
import HTTPTypes
import Hummingbird
import Logging

/// The payment step and the providers' notifications (docs/openapi.yaml, docs/payments.md).
/// A hold never calls a provider; the customer starts paying here, and the provider tells us
/// the outcome at its notification endpoint, which records every payment and acts on it.
struct PaymentRoutes: Sendable {
    let database: AppDatabase
    let settings: ServerSettings
    let clock: any GangwayCore.Clock
    let metrics: ServerMetrics

    static let routes = [
        "POST /api/v1/orders/{order_code}/payment", "POST /api/v1/payments/yoomoney/notify",
    ]

    func register(on router: Router<CheckoutRequestContext>) {
        router.post("/api/v1/orders/:order_code/payment") { request, context in try await start(request, context) }
        router.post("/api/v1/payments/yoomoney/notify") { request, context in
            try await yoomoneyNotification(request, context)
        }
    }

    /// 503: the ЮMoney wallet and secret are not in the environment.
    static var notSetUp: Response {
        APIResponse.problem(
            .serviceUnavailable, "payments-unavailable", "Payments are not set up",
            "\(YooMoneyAccount.walletVariable) and \(YooMoneyAccount.secretVariable) are not set")
    }

    /// Starts paying for a pending order: for ЮMoney, the form the browser posts to ЮMoney.
    func start(_ request: Request, _ context: CheckoutRequestContext) async throws -> Response {
        let now = clock.now()
        let (code, token, order) = try await CustomerOrder.find(request, context, database: database, now: now)
        guard let order else {
            return APIResponse.problem(.notFound, "unknown-order", "Unknown order", "no order \(code) with this token")
        }
        guard order.status == .pending, now < order.expiresAt else {
            let why = order.status == .pending ? "its hold has expired" : "it is \(order.status.rawValue)"
            return APIResponse.problem(
                .conflict, "order-not-payable", "This order cannot be paid",
                "order \(order.code) cannot be paid: \(why)")
        }
        switch settings.payments.provider {
        case .yoomoney:
            guard let account = settings.payments.yoomoney else { return Self.notSetUp }
            let orderPage =
                settings.siteOrigin + "/\(order.language.rawValue)/order/?code=\(order.code)&token="
                + (token.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")
            let form = QuickpayForm(
                receiver: account.wallet, total: order.total, label: order.code, successURL: orderPage,
                paymentType: account.paymentType)
            return try APIResponse.json(PaymentStartBody(provider: "yoomoney", form: form))
        case .yookassa:
            return APIResponse.problem(
                .serviceUnavailable, "payment-provider-unavailable", "Payment provider unavailable",
                "ЮKassa is not supported by this version of Gangway yet; set payments.provider = \"yoomoney\"")
        }
    }

    /// A ЮMoney HTTP notification: verified against the secret (constant time), a test one
    /// acknowledged and ignored, any other recorded once per operation id and acted on.
    func yoomoneyNotification(_ request: Request, _ context: CheckoutRequestContext) async throws -> Response {
        guard let account = settings.payments.yoomoney else { return Self.notSetUp }
        var request = request
        let body: ByteBuffer
        switch await BodyLimit.collect(&request, limit: settings.bodyLimitBytes) {
        case .success(let collected): body = collected
        case .failure(let refusal): return refusal.response
        }
        var fields: [String: String] = [:]
        for (name, value) in HoldForm(body: String(buffer: body)).fields where fields[name] == nil {
            fields[name] = value
        }
        let notification: QuickpayNotification
        do {
            notification = try QuickpayNotification(fields: fields)
        } catch {
            metrics.paymentNotification("malformed")
            return APIResponse.problem(.badRequest, "malformed-notification", "Malformed notification", "\(error)")
        }
        guard notification.isSigned(with: account.secret) else {
            metrics.paymentNotification("bad_signature")
            context.logger.warning(
                "yoomoney notification with a bad signature", metadata: ["operation": .string(notification.operationID)]
            )
            return APIResponse.problem(
                .forbidden, "bad-signature", "Bad signature", "sha1_hash does not match the notification secret")
        }
        if notification.isTest {
            metrics.paymentNotification("test")
            return try APIResponse.json(["status": "test notification, ignored"])
        }
        let payment = IncomingPayment(
            provider: .yoomoney, providerID: notification.operationID, reference: notification.label,
            gross: notification.charged, net: notification.amount, currency: notification.currency,
            occurredAt: notification.datetime, accepted: !notification.isUnaccepted)
        let now = clock.now()
        let database = database
        let recorded = try await Blocking.run { try database.recordPayment(payment, at: now) }
        metrics.paymentNotification(recorded.outcome.rawValue)
        context.logger.info(
            "yoomoney payment",
            metadata: [
                "operation": .string(notification.operationID), "order": .string(recorded.order?.code ?? "-"),
                "outcome": .string(recorded.outcome.rawValue), "duplicate": .stringConvertible(recorded.duplicate),
            ])
        if !recorded.duplicate, [.fulfilled, .overpaid].contains(recorded.outcome), let order = recorded.order {
            await spoolConfirmation(order, context: context)
        }
        return try APIResponse.json(PaymentNotificationBody(outcome: recorded.outcome, duplicate: recorded.duplicate))
    }

    /// Puts the paid order's confirmation (its tickets with QR codes and a link to its page, in
    /// its language) in the outgoing spool. A failure is logged, not answered: the payment is
    /// recorded, and the order page shows the tickets anyway.
    func spoolConfirmation(_ order: OrderDetails, context: CheckoutRequestContext) async {
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
