/// The text encoding a CSV registry was decoded with; XLSX and JSON are always UTF-8 by their own
/// rules, so their summaries say ``notApplicable``.
public enum ExportEncoding: String, Sendable, Hashable, CaseIterable, CustomStringConvertible {
    /// UTF-8 without a byte order mark (also a file of nothing but ASCII).
    case utf8 = "utf-8"
    /// UTF-8 starting with the byte order mark `EF BB BF`.
    case utf8BOM = "utf-8 with BOM"
    /// Windows-1251, chosen when the first non-ASCII bytes are not valid UTF-8.
    case windows1251 = "windows-1251"
    /// Not a text registry.
    case notApplicable = "n/a"

    public var description: String { rawValue }
}
