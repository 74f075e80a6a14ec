/// The payment providers Gangway takes money through (payments.md).
public enum PaymentProviderKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// ЮKassa, the merchant API with 54-FZ receipts: the default for a company.
    case yookassa
    /// A ЮMoney wallet and its payment form (Quickpay): no receipts, for small sole traders.
    case yoomoney
}
