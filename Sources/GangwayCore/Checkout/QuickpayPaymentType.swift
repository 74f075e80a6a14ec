/// How a payer pays through the ЮMoney form (payments.md: the form's `paymentType`).
public enum QuickpayPaymentType: String, Sendable, Hashable, CaseIterable {
    /// By bank card.
    case card = "AC"
    /// From a ЮMoney wallet.
    case wallet = "PC"
}
