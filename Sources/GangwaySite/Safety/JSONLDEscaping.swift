import Foundation
import GangwayCore

/// Writes untrusted text as a JSON string literal that is safe inside
/// `<script type="application/ld+json">`.
///
/// Besides JSON's own escapes (`"`, `\`, control characters), `<`, `>` and `&` become `\u003c`,
/// `\u003e` and `\u0026`, so no value can close the script element (`</script>`) or open an HTML
/// comment (`<!--`); U+2028 and U+2029 become `\u2028` and `\u2029` (line terminators in older
/// JavaScript); C1 controls and noncharacters are escaped too, since HTML rejects them raw.
/// The result is still exactly the same string to a JSON parser.
public enum JSONLDEscaping {
    /// `value` as a complete JSON string literal, quotes included: `"Ночная Нева"`.
    public static func stringLiteral(_ value: String) -> String { "\"" + escape(value) + "\"" }

    /// The inside of a JSON string literal, without the surrounding quotes.
    public static func escape(_ value: String) -> String {
        if UnicodeSafety.isPlainJSON(value) || !value.unicodeScalars.contains(where: needsEscape) { return value }
        var output = String.UnicodeScalarView()
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": output.append(contentsOf: "\\\"".unicodeScalars)
            case "\\": output.append(contentsOf: "\\\\".unicodeScalars)
            case "\n": output.append(contentsOf: "\\n".unicodeScalars)
            case "\r": output.append(contentsOf: "\\r".unicodeScalars)
            case "\t": output.append(contentsOf: "\\t".unicodeScalars)
            case "\u{08}": output.append(contentsOf: "\\b".unicodeScalars)
            case "\u{0C}": output.append(contentsOf: "\\f".unicodeScalars)
            default:
                if needsEscape(scalar) {
                    output.append(contentsOf: unicodeEscape(scalar.value).unicodeScalars)
                } else {
                    output.append(scalar)
                }
            }
        }
        return String(output)
    }

    private static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x22, 0x5C, 0x3C, 0x3E, 0x26, 0x2028, 0x2029: return true
        case 0x00..<0x20, 0x7F...0x9F: return true
        default: return UnicodeSafety.isNoncharacter(scalar.value)
        }
    }

    /// `\uXXXX`, or a surrogate pair of them above the Basic Multilingual Plane.
    private static func unicodeEscape(_ value: UInt32) -> String {
        guard value > 0xFFFF else { return hexEscape(value) }
        let offset = value - 0x1_0000
        return hexEscape(0xD800 + (offset >> 10)) + hexEscape(0xDC00 + (offset & 0x3FF))
    }

    private static func hexEscape(_ unit: UInt32) -> String {
        let digits = String(unit, radix: 16, uppercase: false)
        return "\\u" + String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }
}
