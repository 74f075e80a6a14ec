/// Money a provider says it took, as the payments module read it from a notification (or, later,
/// an export), before it is matched to an order.
public struct IncomingPayment: Sendable, Equatable {
    public var provider: PaymentProviderKind
    /// The provider's id of the payment (ЮMoney's `operation_id`): a payment seen again is
    /// recognised by it and changes nothing.
    public var providerID: String
    /// The reference the payment carries (ЮMoney's `label`): our order code, possibly mangled.
    public var reference: String
    /// What the payer was charged, and what reached us after the provider's fee, when known.
    public var gross: Money
    public var net: Money?
    /// ISO 4217: `RUB` or `643`.
    public var currency: String
    /// The provider's time of the payment, as it wrote it.
    public var occurredAt: String
    /// False when the money is not credited yet (ЮMoney's `unaccepted`): recorded, not fulfilled.
    public var accepted: Bool

    public init(
        provider: PaymentProviderKind, providerID: String, reference: String, gross: Money, net: Money?,
        currency: String, occurredAt: String, accepted: Bool
    ) {
        self.provider = provider
        self.providerID = providerID
        self.reference = reference
        self.gross = gross
        self.net = net
        self.currency = currency
        self.occurredAt = occurredAt
        self.accepted = accepted
    }

    /// Roubles, by code or number.
    public var isRoubles: Bool { currency == "RUB" || currency == "643" }
}
