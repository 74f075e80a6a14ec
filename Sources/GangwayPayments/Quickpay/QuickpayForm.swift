import GangwayCore

/// The ЮMoney payment form (Quickpay, payments.md) for one order: the customer's browser posts
/// these fields to ЮMoney, which takes the payment and notifies us.
public struct QuickpayForm: Sendable, Equatable {
    public static let action = "https://yoomoney.ru/quickpay/confirm"

    public struct Field: Sendable, Equatable {
        public var name: String
        public var value: String
    }

    /// The fields, in the order they are posted.
    public var fields: [Field]

    /// - Parameters:
    ///   - receiver: the wallet number (`GANGWAY_YOOMONEY_WALLET`).
    ///   - label: the order code, which the notification and the wallet history carry back.
    ///   - successURL: where ЮMoney sends the payer afterwards (the storefront's order page).
    public init(receiver: String, total: Money, label: String, successURL: String, paymentType: QuickpayPaymentType) {
        fields = [
            Field(name: "receiver", value: receiver), Field(name: "quickpay-form", value: "button"),
            Field(name: "paymentType", value: paymentType.rawValue),
            Field(name: "sum", value: ProtocolAmount.format(total)),
            Field(name: "label", value: label), Field(name: "successURL", value: successURL),
        ]
    }
}
