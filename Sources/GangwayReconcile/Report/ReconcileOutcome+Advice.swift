import GangwayStore

extension ReconcileOutcome {
    /// What it is, in Russian and English, for the report.
    public var title: (ru: String, en: String) {
        switch self {
        case .matched: ("Совпадает", "Matched")
        case .amountDiffers: ("Сумма не совпадает", "Amount differs")
        case .paidTwice: ("Оплачен дважды", "Paid twice")
        case .noOrder: ("Платёж без заказа", "Payment with no order")
        case .missingFromExport: ("Нет в выгрузке", "Paid, absent from the export")
        case .confirmedFromExport: ("Подтверждён по выгрузке", "Confirmed from the export")
        case .paidNotRecorded: ("Оплата не учтена", "Payment not recorded")
        case .latePaymentConfirmed: ("Поздняя оплата подтверждена", "Late payment confirmed")
        case .latePayment: ("Поздняя оплата, места заняты", "Late payment, places gone")
        case .refundMatched: ("Возврат совпадает", "Refund matched")
        case .refundNoPayment: ("Возврат без платежа", "Refund with no payment")
        case .refundExceeds: ("Возврат больше оплаты", "Refund larger than paid")
        case .wrongCurrency: ("Валюта не рубли", "Currency not RUB")
        case .notCredited: ("Не зачислено", "Not credited")
        }
    }

    /// What finance should do about it, in Russian and English (docs/reconciliation.md).
    public var advice: (ru: String, en: String) {
        switch self {
        case .matched, .refundMatched, .notCredited: ("Ничего", "Nothing")
        case .amountDiffers:
            (
                "Сверить сумму с заказом; недоплату — довзыскать или вернуть, переплату — вернуть разницу",
                "Check the amount against the order; collect or refund an underpayment, refund an overpayment's difference"
            )
        case .paidTwice: ("Вернуть второй платёж", "Refund the second payment")
        case .noOrder:
            (
                "Найти покупателя по сумме и времени; привязать к заказу или вернуть",
                "Find the payer by amount and time; attach to an order or refund"
            )
        case .missingFromExport:
            (
                "Проверить платёж в личном кабинете провайдера; если денег нет — связаться с провайдером",
                "Check the payment in the provider's dashboard; if the money is not there, contact the provider"
            )
        case .confirmedFromExport, .latePaymentConfirmed:
            ("Ничего: билеты выданы, письмо в очереди", "Nothing: tickets issued, confirmation queued")
        case .paidNotRecorded:
            (
                "Подтвердить заказ (gangway reconcile resolve) или вернуть деньги",
                "Confirm the order (gangway reconcile resolve) or refund the money"
            )
        case .latePayment:
            (
                "Предложить другие места или вернуть деньги полностью",
                "Offer other places or refund in full"
            )
        case .refundNoPayment:
            (
                "Найти исходный платёж; возможно, он в другой выгрузке",
                "Find the original payment; it may be in another export"
            )
        case .refundExceeds:
            (
                "Срочно выяснить у провайдера: возвращено больше оплаты",
                "Ask the provider at once: more refunded than paid"
            )
        case .wrongCurrency: ("Вернуть платёж", "Refund the payment")
        }
    }
}
