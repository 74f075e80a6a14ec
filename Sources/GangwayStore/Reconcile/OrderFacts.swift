/// What classifying a payment row needs of the order it names.
struct OrderFacts: Sendable {
    var code: String
    var status: String
    var total: Int64
    var expiresAt: Int64

    /// Paid already (or past paying): a further payment is a second one.
    var isPaid: Bool { status == "paid" || status == "refunded" || status == "needs_resolution" }
}
