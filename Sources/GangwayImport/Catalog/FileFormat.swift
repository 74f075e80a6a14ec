import Foundation

/// CSV or XML, told from the content (never from the name): an XML document starts with
/// `<` once a byte-order mark and white space are skipped.
public enum FileFormat: String, Sendable, Codable {
    case csv
    case xml

    public static func sniff(_ prefix: Data) -> FileFormat {
        var bytes = prefix[...]
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        if bytes.starts(with: [0xFE, 0xFF]) || bytes.starts(with: [0xFF, 0xFE]) { return .xml }
        for byte in bytes {
            switch byte {
            case 0x20, 0x09, 0x0A, 0x0D: continue
            case UInt8(ascii: "<"): return .xml
            default: return .csv
            }
        }
        return .csv
    }
}
