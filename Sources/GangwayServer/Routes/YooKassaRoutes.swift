import Foundation
import GangwayCore
import GangwayPayments
import GangwayStore
import Hummingbird
import Logging

/// ЮKassa's half of the payment step and its webhook (docs/payments.md). The payment is
/// created with an idempotence key kept on the order, so a retried payment step never creates a
/// second payment; the webhook trusts only its source network and then only what the API says
/// when the object is read back.
struct YooKassaRoutes: Sendable {
    let database: AppDatabase
    let settings: ServerSettings
    let clock: any GangwayCore.Clock
    let metrics: ServerMetrics

    static var notSetUp: Response {
        APIResponse.problem(
            .serviceUnavailable, "payments-unavailable", "Payments are not set up",
            "\(YooKassaCredentials.shopIDVariable) and \(YooKassaCredentials.secretKeyVariable) are not set")
    }

    /// Creates (or finds again) the order's ЮKassa payment and answers where the buyer confirms it.
    func startPayment(_ order: OrderDetails, returnURL: String, context: CheckoutRequestContext) async throws
        -> Response
    {
        guard let client = settings.payments.yookassa else { return Self.notSetUp }
        let database = database
        let now = clock.now()
        guard let facts = try await Blocking.run({ try database.receiptFacts(forOrder: order.code, now: now) }) else {
            return APIResponse.problem(.notFound, "unknown-order", "Unknown order", "no order \(order.code)")
        }
        let receipt = YooKassaReceiptBuilder.receipt(
            lines: facts.lines,
            customer: YooKassaOperations.customer(email: facts.email, phone: facts.phone),
            vatCode: settings.payments.vatCode, taxSystemCode: settings.payments.taxSystemCode)
        guard YooKassaReceiptBuilder.total(receipt) == order.total else {
            context.logger.error("receipt does not add up", metadata: ["order": .string(order.code)])
            return APIResponse.problem(
                .internalServerError, "receipt-mismatch", "Receipt does not add up",
                "the receipt lines of order \(order.code) do not add up to its total")
        }
        let attempt = try await Blocking.run {
            try database.providerRequest(.payment, order: order.code, fingerprint: "\(order.total.kopecks)", at: now)
        }
        if attempt.status == .pending, let url = attempt.confirmationURL {
            return try APIResponse.json(PaymentStartBody(redirectURL: url))
        }
        let request = YooKassaPaymentRequest(
            amount: YooKassaAmount(order.total), returnURL: returnURL, description: "Заказ \(order.code)",
            orderCode: order.code, receipt: receipt)
        do {
            let payment = try await client.createPayment(request, idempotenceKey: attempt.idempotenceKey)
            let url = payment.confirmation?.confirmationURL
            try await Blocking.run {
                try database.recordProviderAnswer(
                    key: attempt.idempotenceKey, objectID: payment.id, confirmationURL: url,
                    status: Self.status(of: payment), at: now)
            }
            metrics.paymentNotification("yookassa_created")
            context.logger.info(
                "yookassa payment created", metadata: ["order": .string(order.code), "payment": .string(payment.id)])
            guard !payment.isCanceled, let url else {
                return APIResponse.problem(
                    .badGateway, "payment-provider-refused", "The payment could not be created",
                    "ЮKassa answered payment \(payment.id) \(payment.status) without a page to confirm it on")
            }
            return try APIResponse.json(PaymentStartBody(redirectURL: url))
        } catch let error as YooKassaError {
            context.logger.warning(
                "yookassa payment not created", metadata: ["order": .string(order.code), "error": .string("\(error)")])
            if error.isRetryable {
                return APIResponse.problem(
                    .serviceUnavailable, "payment-provider-unavailable", "Payment provider unavailable",
                    "ЮKassa did not answer; try again (the same payment is reused)")
            }
            try await Blocking.run {
                try database.recordProviderAnswer(
                    key: attempt.idempotenceKey, objectID: nil, status: .failed, detail: "\(error)", at: now)
            }
            return APIResponse.problem(
                .badGateway, "payment-provider-refused", "The payment could not be created", "\(error)")
        }
    }

    /// A ЮKassa notification: refused unless it comes from ЮKassa's networks; then the object is
    /// read back from the API, and only what the API says is acted on. Answers 200 once handled
    /// (ЮKassa redelivers anything else for 24 hours), 503 when the API cannot be read yet.
    func webhook(_ request: Request, _ context: CheckoutRequestContext) async throws -> Response {
        let source = ClientAddress.of(request, context, trustForwardedFor: settings.trustForwardedFor)
        guard settings.payments.yookassaNetworks.contains(source) else {
            metrics.paymentNotification("forbidden_source")
            context.logger.warning(
                "yookassa notification from outside its networks", metadata: ["source": .string(source)])
            return APIResponse.problem(
                .forbidden, "forbidden-source", "Not from ЮKassa",
                "notifications are accepted only from payments.yookassa_networks")
        }
        guard let client = settings.payments.yookassa else { return Self.notSetUp }
        var request = request
        let body: ByteBuffer
        switch await BodyLimit.collect(&request, limit: settings.bodyLimitBytes) {
        case .success(let collected): body = collected
        case .failure(let refusal): return refusal.response
        }
        let webhook: YooKassaWebhook
        do {
            webhook = try YooKassaWebhook(json: Data(buffer: body))
        } catch {
            metrics.paymentNotification("malformed")
            return APIResponse.problem(.badRequest, "malformed-notification", "Malformed notification", "\(error)")
        }
        do {
            switch webhook.event {
            case .refundSucceeded:
                return try await refundNotification(webhook, client: client, context: context)
            case .paymentSucceeded, .paymentCanceled, .paymentWaitingForCapture:
                return try await paymentNotification(webhook, client: client, context: context)
            }
        } catch let error as YooKassaError {
            if case .rejected = error {
                // The API does not know the object: nothing to act on, and nothing to redeliver.
                metrics.paymentNotification("unknown_object")
                context.logger.warning(
                    "yookassa notification for an object the API does not know",
                    metadata: ["object": .string(webhook.objectID)])
                return try APIResponse.json(
                    WebhookBody(event: webhook.event.rawValue, status: "unknown object, ignored"))
            }
            context.logger.warning("yookassa object not read back", metadata: ["error": .string("\(error)")])
            return APIResponse.problem(
                .serviceUnavailable, "payment-provider-unavailable", "Payment provider unavailable",
                "the object could not be read back from ЮKassa; deliver again later")
        }
    }

    private func paymentNotification(
        _ webhook: YooKassaWebhook, client: YooKassaClient, context: CheckoutRequestContext
    ) async throws -> Response {
        let payment = try await client.payment(id: webhook.objectID)
        let database = database
        let now = clock.now()
        let attempt = try await Blocking.run { try database.providerRequest(objectID: payment.id) }
        if let attempt {
            try await Blocking.run {
                try database.recordProviderAnswer(
                    key: attempt.idempotenceKey, objectID: payment.id, status: Self.status(of: payment), at: now)
            }
        }
        let code = payment.metadata?["order_id"] ?? attempt?.orderCode ?? ""
        let contradicts =
            (webhook.event == .paymentSucceeded && !payment.isSucceeded)
            || (webhook.event == .paymentCanceled && !payment.isCanceled)
        if contradicts {
            context.logger.warning(
                "yookassa notification contradicts the API; acting on the API",
                metadata: [
                    "payment": .string(payment.id), "event": .string(webhook.event.rawValue),
                    "api_status": .string(payment.status),
                ])
        }
        if payment.isSucceeded {
            guard let gross = payment.amount.money else {
                throw YooKassaError.unexpectedResponse("payment \(payment.id) amount \(payment.amount.value)")
            }
            let incoming = IncomingPayment(
                provider: .yookassa, providerID: payment.id, reference: code, gross: gross,
                net: payment.incomeAmount?.money, currency: payment.amount.currency,
                occurredAt: payment.capturedAt ?? payment.createdAt, accepted: true)
            let recorded = try await Blocking.run { try database.recordPayment(incoming, at: now) }
            metrics.paymentNotification(recorded.outcome.rawValue)
            context.logger.info(
                "yookassa payment",
                metadata: [
                    "payment": .string(payment.id), "order": .string(recorded.order?.code ?? "-"),
                    "outcome": .string(recorded.outcome.rawValue), "duplicate": .stringConvertible(recorded.duplicate),
                ])
            if !recorded.duplicate, [.fulfilled, .overpaid].contains(recorded.outcome), let order = recorded.order {
                await PaymentRoutes.confirm(
                    order.code, database: database, settings: settings, clock: clock, context: context)
            }
            return try APIResponse.json(
                WebhookBody(
                    event: webhook.event.rawValue, status: payment.status, outcome: recorded.outcome.rawValue,
                    duplicate: recorded.duplicate))
        }
        if payment.isCanceled {
            // Only the order's current payment gives its hold up: a canceled earlier attempt
            // does not, when the buyer has started another.
            let released = try await Blocking.run { () -> Bool in
                guard !code.isEmpty, try database.livePaymentAttempts(order: code).isEmpty else { return false }
                return try database.releaseHold(
                    order: code, actor: "yookassa", reason: "ЮKassa payment \(payment.id) canceled", at: now)
            }
            metrics.paymentNotification(released ? "canceled_released" : "canceled")
            return try APIResponse.json(
                WebhookBody(event: webhook.event.rawValue, status: payment.status, released: released))
        }
        metrics.paymentNotification("not_final")
        return try APIResponse.json(WebhookBody(event: webhook.event.rawValue, status: payment.status))
    }

    private func refundNotification(
        _ webhook: YooKassaWebhook, client: YooKassaClient, context: CheckoutRequestContext
    ) async throws -> Response {
        let refund = try await client.refund(id: webhook.objectID)
        guard let amount = refund.amount.money else {
            throw YooKassaError.unexpectedResponse("refund \(refund.id) amount \(refund.amount.value)")
        }
        let database = database
        let now = clock.now()
        let recording = try await Blocking.run {
            try database.recordProviderRefund(
                ProviderRefund(id: refund.id, status: refund.status, amount: amount), provider: .yookassa,
                paymentID: refund.paymentID, at: now)
        }
        metrics.paymentNotification("refund_" + recording.rawValue)
        context.logger.info(
            "yookassa refund", metadata: ["refund": .string(refund.id), "recorded": .string(recording.rawValue)])
        return try APIResponse.json(
            WebhookBody(event: webhook.event.rawValue, status: refund.status, outcome: recording.rawValue))
    }

    static func status(of payment: YooKassaPayment) -> ProviderRequest.Status {
        switch payment.status {
        case "succeeded": .succeeded
        case "canceled": .canceled
        default: .pending
        }
    }
}
