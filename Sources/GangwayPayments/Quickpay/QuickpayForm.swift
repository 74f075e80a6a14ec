import GangwayCore

/// The ЮMoney payment form (Quickpay, payments.md) for one order: the customer's browser posts
/// these fields to ЮMoney, which takes the payment and notifies us.
public struct QuickpayForm: Sendable, Equatable {
    public static let action = "https://yoomoney.ru/quickpay/confirm"

    /// The fields, in the order they are posted.
    public var fields: [(name: String, value: String)]

    /// - Parameters:
    ///   - receiver: the wallet number (`GANGWAY_YOOMONEY_WALLET`).
    ///   - label: the order code, which the notification and the wallet history carry back.
    ///   - successURL: where ЮMoney sends the payer afterwards (the storefront's order page).
    public init(receiver: String, total: Money, label: String, successURL: String, paymentType: QuickpayPaymentType) {
        fields = [
            ("receiver", receiver), ("quickpay-form", "button"), ("paymentType", paymentType.rawValue),
            ("sum", ProtocolAmount.format(total)), ("label", label), ("successURL", successURL),
        ]
    }

    public static func == (left: QuickpayForm, right: QuickpayForm) -> Bool {
        left.fields.map(\.name) == right.fields.map(\.name) && left.fields.map(\.value) == right.fields.map(\.value)
    }
}
