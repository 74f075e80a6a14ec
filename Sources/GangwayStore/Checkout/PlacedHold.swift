import GangwayCore

/// A hold that was placed: the new pending order, its secret token (shown once, only its hash is
/// kept), when it lapses, and its priced lines.
public struct PlacedHold: Sendable {
    public var orderCode: String
    public var token: String
    public var expiresAt: Int64
    public var order: OrderDetails
}
