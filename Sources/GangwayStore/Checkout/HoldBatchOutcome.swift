/// What a group commit of holds came to: one result per hold, in the order given (a placed hold is
/// committed; a failure is that hold's alone), and the write transactions it took (one, or one per
/// hold when the shared transaction itself failed and each hold was tried again alone).
struct HoldBatchOutcome: Sendable {
    var results: [Result<PlacedHold, any Error>]
    var transactions: [HoldTransaction]
    /// The catalog generation the last transaction ran under (nil when none committed).
    var generation: Int64?
}
