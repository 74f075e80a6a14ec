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
        "POST /api/v1/payments/yookassa/webhook",
    ]

    func register(on router: Router<CheckoutRequestContext>) {
        router.post("/api/v1/orders/:order_code/payment") { request, context in try await start(request, context) }
        router.post("/api/v1/payments/yoomoney/notify") { request, context in
            try await yoomoneyNotification(request, context)
        }
        router.post("/api/v1/payments/yookassa/webhook") { request, context in
            try await yookassa.webhook(request, context)
        }
    }

    var yookassa: YooKassaRoutes {
        YooKassaRoutes(database: database, settings: settings, clock: clock, metrics: metrics)
    }

    /// 503: the ЮMoney wallet and secret (or the ЮKassa shop and key) are not in the environment.
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
            let form = QuickpayForm(
                receiver: account.wallet, total: order.total, label: order.code,
                successURL: orderPage(order, token: token),
                paymentType: account.paymentType)
            return try APIResponse.json(PaymentStartBody(provider: "yoomoney", form: form))
        case .yookassa:
            return try await yookassa.startPayment(order, returnURL: orderPage(order, token: token), context: context)
        }
    }

    /// Spools the paid order's confirmation e-mail off the event loop (see ``ConfirmationSpooler``).
    static func confirm(
        _ code: String, database: AppDatabase, settings: ServerSettings, clock: any GangwayCore.Clock,
        context: CheckoutRequestContext
    ) async {
        guard let spooler = ConfirmationSpooler(database: database, settings: settings, clock: clock) else { return }
        let logger = context.logger
        _ = try? await Blocking.run { spooler.spool(code: code, logger: logger) }
    }

    /// The storefront's order page in the order's language, where the buyer comes back to.
    func orderPage(_ order: OrderDetails, token: String) -> String {
        settings.siteOrigin + "/\(order.language.rawValue)/order/?code=\(order.code)&token="
            + (token.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")
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
            await PaymentRoutes.confirm(
                order.code, database: database, settings: settings, clock: clock, context: context)
        }
        return try APIResponse.json(PaymentNotificationBody(outcome: recorded.outcome, duplicate: recorded.duplicate))
    }
}
