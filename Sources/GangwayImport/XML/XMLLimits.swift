/// How much of an untrusted XML document the reader accepts before it stops reading.
public struct XMLLimits: Sendable, Hashable {
    /// 64 MiB: far above any real catalog, well below what would strain the machine.
    public static let defaultMaxBytes = 64 * 1024 * 1024
    /// The format itself nests six levels deep (gangway, layout, deck, section, row, seat).
    public static let defaultMaxDepth = 32
    /// An operator does not need a million lines of errors to fix a file.
    public static let defaultMaxProblems = 1000

    /// The largest document read, in bytes; a larger one is rejected before it is parsed.
    public var maxBytes: Int
    /// The deepest element nesting accepted (the root element is depth 1).
    public var maxDepth: Int
    /// The most problems listed for one document; past it one more line says the list is cut.
    public var maxProblems: Int

    public init(
        maxBytes: Int = XMLLimits.defaultMaxBytes,
        maxDepth: Int = XMLLimits.defaultMaxDepth,
        maxProblems: Int = XMLLimits.defaultMaxProblems
    ) {
        self.maxBytes = maxBytes
        self.maxDepth = maxDepth
        self.maxProblems = maxProblems
    }
}
