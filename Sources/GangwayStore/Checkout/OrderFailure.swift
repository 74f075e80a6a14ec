import GangwayCore

/// Why an operation on an existing order was refused.
public enum OrderFailure: Error, Sendable, Equatable {
    case unknownOrder(String)
    /// The order is in a state the operation does not apply to.
    case wrongState(String, OrderStatus)
}
