import GangwayCore

/// Why a refund was refused; nothing changed.
public enum RefundFailure: Error, Sendable, Equatable, CustomStringConvertible {
    case unknownOrder(String)
    case notPaid(String, OrderStatus)
    case noPayment(String)
    case unknownTickets([String])
    case amountTooLarge(requested: Money, refundable: Money)
    case nothingToRefund(String)
    case providerNotSupported(PaymentProviderKind)

    public var description: String {
        switch self {
        case .unknownOrder(let code): "no order \(code)"
        case .notPaid(let code, let status): "order \(code) is \(status.rawValue), not paid: nothing to refund"
        case .noPayment(let code): "order \(code) has no recorded payment to refund"
        case .unknownTickets(let codes): "not valid tickets of this order: \(codes.joined(separator: ", "))"
        case .amountTooLarge(let requested, let refundable):
            "cannot refund \(requested.decimalString): at most \(refundable.decimalString) is left of the payment"
        case .nothingToRefund(let code): "order \(code) has nothing left to refund"
        case .providerNotSupported(let provider): "refunds through \(provider.rawValue) are not supported yet"
        }
    }
}
