import GangwayCore

/// Why a refund was refused; nothing changed.
public enum RefundFailure: Error, Sendable, Equatable, CustomStringConvertible {
    case unknownOrder(String)
    case notPaid(String, OrderStatus)
    case noPayment(String)
    case unknownTickets([String])
    case amountTooLarge(requested: Money, refundable: Money)
    case nothingToRefund(String)
    /// A ЮKassa payment is refunded through its API first; the store records what the API did.
    case providerRefundMissing(PaymentProviderKind)
    /// The provider refused or canceled the refund: nothing was voided.
    case providerRefused(String)
    /// What the provider refunded is not what was asked.
    case providerMismatch(String)

    public var description: String {
        switch self {
        case .unknownOrder(let code): "no order \(code)"
        case .notPaid(let code, let status): "order \(code) is \(status.rawValue), not paid: nothing to refund"
        case .noPayment(let code): "order \(code) has no recorded payment to refund"
        case .unknownTickets(let codes): "not valid tickets of this order: \(codes.joined(separator: ", "))"
        case .amountTooLarge(let requested, let refundable):
            "cannot refund \(requested.decimalString): at most \(refundable.decimalString) is left of the payment"
        case .nothingToRefund(let code): "order \(code) has nothing left to refund"
        case .providerRefundMissing(let provider):
            "a \(provider.rawValue) payment is refunded through the provider's API first"
        case .providerRefused(let why): "the provider did not refund: \(why)"
        case .providerMismatch(let why): "the provider's refund does not match the request: \(why)"
        }
    }
}
