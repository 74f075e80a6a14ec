import GangwayCore
import GangwayPayments
import GangwayStore

/// The ЮKassa operations batch commands run: refunds with their refund receipt, and the
/// settlement receipt once a trip has taken place. Each is sent under the idempotence key the
/// store keeps for exactly that operation, so a rerun after a lost answer gets the first result
/// back instead of moving money or fiscalising twice. Errors are ``YooKassaError``s.
public struct YooKassaOperations: Sendable {
    public let database: AppDatabase
    public let client: YooKassaClient
    public let vatCode: Int
    public let taxSystemCode: Int?
    public let clock: any GangwayCore.Clock

    public init(
        database: AppDatabase, client: YooKassaClient, vatCode: Int, taxSystemCode: Int?, clock: any GangwayCore.Clock
    ) {
        self.database = database
        self.client = client
        self.vatCode = vatCode
        self.taxSystemCode = taxSystemCode
        self.clock = clock
    }

    /// Asks ЮKassa to refund `plan` with its refund receipt; returns what ЮKassa did, for
    /// ``AppDatabase/refund(_:at:through:)`` to record. A refused request's key is retired.
    public func refund(_ plan: RefundPlan, reason: String) async throws -> ProviderRefund {
        let attempt = try database.providerRequest(
            .refund, order: plan.orderCode, fingerprint: plan.fingerprint, at: clock.now())
        let receipt = YooKassaReceiptBuilder.receipt(
            lines: plan.receiptLines, customer: Self.customer(email: plan.email, phone: plan.phone), vatCode: vatCode,
            taxSystemCode: taxSystemCode)
        let request = YooKassaRefundRequest(
            paymentID: plan.paymentProviderID, amount: YooKassaAmount(plan.amount),
            description: "Возврат по заказу \(plan.orderCode): \(reason)", receipt: receipt)
        let refund: YooKassaRefund
        do {
            refund = try await client.createRefund(request, idempotenceKey: attempt.idempotenceKey)
        } catch let error as YooKassaError {
            if !error.isRetryable {
                try database.recordProviderAnswer(
                    key: attempt.idempotenceKey, objectID: nil, status: .failed, detail: "\(error)", at: clock.now())
            }
            throw error
        }
        let status: ProviderRequest.Status =
            refund.status == "succeeded" ? .succeeded : (refund.status == "canceled" ? .canceled : .pending)
        try database.recordProviderAnswer(
            key: attempt.idempotenceKey, objectID: refund.id, status: status, at: clock.now())
        guard let amount = refund.amount.money else {
            throw YooKassaError.unexpectedResponse("refund \(refund.id) amount \(refund.amount.value)")
        }
        return ProviderRefund(id: refund.id, status: refund.status, amount: amount)
    }

    /// Sends order `code`'s settlement receipt (`full_payment`, settled against the prepayment)
    /// for the places still valid.
    public func settle(order code: String) async throws -> SettlementOutcome {
        guard let facts = try database.receiptFacts(forOrder: code, now: clock.now()), let paymentID = facts.paymentID,
            !facts.remainingLines.isEmpty
        else { return .nothingToSettle }
        let receipt = YooKassaReceiptBuilder.receipt(
            lines: facts.remainingLines, customer: Self.customer(email: facts.email, phone: facts.phone),
            vatCode: vatCode, taxSystemCode: taxSystemCode)
        let attempt = try database.providerRequest(
            .settlement, order: code, fingerprint: "\(paymentID)|\(YooKassaReceiptBuilder.total(receipt).kopecks)",
            at: clock.now())
        let result: YooKassaReceiptResult
        do {
            result = try await client.createReceipt(
                YooKassaReceiptRequest(settling: paymentID, receipt: receipt), idempotenceKey: attempt.idempotenceKey)
        } catch let error as YooKassaError {
            if !error.isRetryable {
                try database.recordProviderAnswer(
                    key: attempt.idempotenceKey, objectID: nil, status: .failed, detail: "\(error)", at: clock.now())
            }
            throw error
        }
        if result.status == "canceled" {
            try database.recordProviderAnswer(
                key: attempt.idempotenceKey, objectID: result.id, status: .failed,
                detail: "receipt \(result.id) canceled", at: clock.now())
            return .canceled(receiptID: result.id)
        }
        try database.recordProviderAnswer(
            key: attempt.idempotenceKey, objectID: result.id,
            status: result.status == "succeeded" ? .succeeded : .pending,
            at: clock.now())
        return .sent(receiptID: result.id, status: result.status)
    }

    /// The receipt goes to the e-mail address, else to the phone.
    static func customer(email: String?, phone: String?) -> YooKassaReceipt.Customer {
        YooKassaReceipt.Customer(email: email, phone: email == nil ? phone : nil)
    }
}
