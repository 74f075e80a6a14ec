import GangwayCore

/// The field delimiter of a CSV file, detected from its header line (formats.md: `;`, `,` or TAB).
///
/// The cases are listed in the order that breaks ties during detection.
public enum CSVDelimiter: UInt8, Sendable, Hashable, CaseIterable, CustomStringConvertible {
    /// `;`, what Excel saves on Russian Windows; also the delimiter of a single-column file.
    case semicolon = 0x3B
    /// `,`
    case comma = 0x2C
    /// A horizontal tab (U+0009).
    case tab = 0x09

    /// The delimiter's byte, the same in UTF-8 and Windows-1251.
    public var byte: UInt8 { rawValue }

    /// How an operator's report names the delimiter: `«;»` or `табуляция` in Russian, `";"` or `tab` in English.
    public func name(in language: OperatorLanguage) -> String {
        switch self {
        case .semicolon: return language.pick("«;»", "\";\"")
        case .comma: return language.pick("«,»", "\",\"")
        case .tab: return language.pick("табуляция", "tab")
        }
    }

    public var description: String {
        switch self {
        case .semicolon: return ";"
        case .comma: return ","
        case .tab: return "TAB"
        }
    }
}
