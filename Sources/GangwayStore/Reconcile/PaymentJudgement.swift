/// How one export payment row is judged against the payment Gangway recorded with its id, or —
/// with none recorded — against the order its reference names (docs/reconciliation.md, the
/// outcomes table). Pure: the store looks the payment and the order up.
struct PaymentJudgement: Sendable, Equatable {
    var outcome: ReconcileOutcome
    /// The recorded payment's order, else the order found.
    var orderCode: String?
    var expected: Int64?
    var actual: Int64?
    var fee: Int64?

    /// The outcome of `row`. `payment` is the recorded payment with the row's id; `order` gives
    /// the order the row's reference names and is asked only when there is none.
    static func outcome(
        of row: ExportPaymentRow, payment: KnownPayment?, order: () throws -> OrderFacts?
    ) rethrows -> ReconcileOutcome {
        if let status = row.status, status != "success" { return .notCredited }
        if row.currency != "RUB" { return .wrongCurrency }
        if let payment {
            switch payment.outcome {
            case .alreadyPaid: return .paidTwice
            case .paidLatePlacesGone, .notPayable: return .latePayment
            case .noOrder: return .noOrder
            case .underpaid, .overpaid: return .amountDiffers
            case .unaccepted: return .paidNotRecorded
            case .fulfilled, .wrongCurrency:
                let agrees =
                    row.provider == "yoomoney"
                    ? row.net != nil && row.net == payment.net
                    : row.provider == "yookassa" && row.gross != nil && row.gross == payment.gross
                return agrees ? .matched : .amountDiffers
            }
        }
        guard let order = try order() else { return .noOrder }
        if order.isPaid { return .paidTwice }
        if row.occurredAt >= order.expiresAt { return .latePayment }
        if row.provider == "yookassa", let gross = row.gross, gross != order.total { return .amountDiffers }
        return .paidNotRecorded
    }

    /// The finding's figures for `row` judged `outcome`: `paymentOrder` is the recorded
    /// payment's order code, `order` the order of that code (else of the row's reference).
    static func finding(
        _ outcome: ReconcileOutcome, row: ExportPaymentRow, payment: KnownPayment?, paymentOrder: String?,
        order: OrderFacts?
    ) -> PaymentJudgement {
        let wallet = row.provider == "yoomoney"
        let expected: Int64?
        if let payment, payment.outcome == .underpaid || payment.outcome == .overpaid {
            expected = order?.total
        } else if let payment, wallet {
            expected = payment.net
        } else {
            expected = payment?.gross ?? order?.total
        }
        let fee: Int64?
        if wallet, let payment {
            fee = row.net.map { payment.gross - $0 }
        } else if wallet, let order {
            fee = row.net.map { order.total - $0 }
        } else {
            fee = row.commission
        }
        return PaymentJudgement(
            outcome: outcome, orderCode: paymentOrder ?? order?.code, expected: expected,
            actual: wallet ? row.net : row.gross, fee: fee)
    }
}
