/// An allowlist entry that is neither an address nor a CIDR range.
public struct NetworkParseError: Error, Sendable, Equatable, CustomStringConvertible {
    public var entry: String

    public init(entry: String) { self.entry = entry }
    public var description: String { "not an IP address or CIDR range: \(entry)" }
}
