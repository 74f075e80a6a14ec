/// A run whose result is not what the seeding implies.
struct ReconcileBenchFailure: Error, CustomStringConvertible {
    var description: String

    init(_ message: String) { description = "reconcile failed: \(message)" }
}
