/// One write transaction of a group commit, as the writer saw it: the change token just after its
/// `BEGIN IMMEDIATE` (nothing else can commit until it ends) and just after its end, and the holds
/// it placed (committed).
public struct HoldTransaction: Sendable {
    public var before: ChangeToken
    public var after: ChangeToken
    public var placed: [PlacedHold]
    /// The catalog generation it ran under.
    var generation: Int64
}
