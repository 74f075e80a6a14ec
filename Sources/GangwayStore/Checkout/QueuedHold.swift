import GangwayCore

/// A hold ready for a write transaction: the request, with what could be read or drawn before the
/// write lock (the sailing as a reader saw it, under which catalog generation; the order's secret
/// token and its hash).
struct QueuedHold: Sendable {
    var request: HoldRequest
    var policy: CheckoutPolicy
    var now: Int64
    var generation: Int64
    var sailing: SailingForSale?
    var token: String
    var tokenHash: String
}
