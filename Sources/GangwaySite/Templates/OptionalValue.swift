/// An `Optional` seen through `Any`, so that a `nil` stored in a context counts as missing.
protocol OptionalValue {
    var wrappedValue: Any? { get }
}

extension Optional: OptionalValue {
    var wrappedValue: Any? { self.map { $0 as Any } }
}
