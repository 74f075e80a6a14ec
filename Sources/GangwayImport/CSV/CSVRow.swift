import GangwayCore

/// One record of a CSV file: its fields, unquoted and decoded but otherwise as written (not trimmed).
public struct CSVRow: Sendable, Hashable {
    /// The physical line (1-based) where the record starts. A quoted line break inside an earlier
    /// record moves later records' lines on accordingly, so this is the line an editor shows.
    public var line: Int
    /// The fields in file order; field `i` stands in column `i + 1`. Rows may hold fewer or more
    /// fields than the header: the reader never pads or cuts them.
    public var fields: [String]

    public init(line: Int, fields: [String]) {
        self.line = line
        self.fields = fields
    }

    /// Where the record, or one of its fields (0-based `index`, reported as column `index + 1`), stands.
    public func location(in file: String, field index: Int? = nil) -> SourceLocation {
        SourceLocation(file: file, line: line, column: index.map { $0 + 1 })
    }
}
