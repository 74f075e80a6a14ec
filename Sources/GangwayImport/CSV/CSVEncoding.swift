import GangwayCore

/// The text encoding of a CSV file, decided for the whole file before parsing (formats.md: "Bytes that
/// are not valid UTF-8 are read as Windows-1251").
public enum CSVEncoding: String, Sendable, Hashable, CaseIterable {
    /// Valid UTF-8 without a byte order mark.
    case utf8
    /// Valid UTF-8 starting with the byte order mark `EF BB BF` (skipped, never part of the header).
    case utf8BOM
    /// Not valid UTF-8, so read as Windows-1251 (what Excel on Russian Windows saves). A leading UTF-8
    /// byte order mark is still skipped.
    case windows1251

    /// Decodes one field's bytes. UTF-8 input has been validated beforehand, so nothing is repaired
    /// except a multi-byte character cut by the field size limit.
    func decode(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        switch self {
        case .utf8, .utf8BOM:
            return String(decoding: bytes, as: UTF8.self)
        case .windows1251:
            return Windows1251.decode(bytes)
        }
    }
}
