import Foundation

/// Code points that no generated document may carry raw: they are invalid in XML 1.0, or a parse
/// error in HTML (controls other than whitespace, noncharacters). Escapers replace them with
/// U+FFFD (HTML, XML) or write them as `\u` escapes (JSON).
public enum UnicodeSafety {
    /// Whether `scalar` may stand in HTML or XML text as it is (tab, line feed and carriage return
    /// are allowed; the escapers decide what to do with line breaks).
    public static func isAllowedInMarkup(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        switch value {
        case 0x09, 0x0A, 0x0D: return true
        case 0x00..<0x20, 0x7F...0x9F: return false
        default: return !isNoncharacter(value)
        }
    }

    /// U+FDD0–U+FDEF and the last two code points of every plane.
    public static func isNoncharacter(_ value: UInt32) -> Bool {
        (0xFDD0...0xFDEF).contains(value) || (value & 0xFFFE) == 0xFFFE
    }

    public static let replacement: Unicode.Scalar = "\u{FFFD}"
}

extension UnicodeSafety {
    /// A quick byte scan that proves `value` needs no escaping in markup: no `&`, `<`, `>`, `"`,
    /// `'`, carriage return, other controls (nor tab and line feed when `whitespaceIsSpecial`),
    /// and no byte sequence that might start a C1 control or a noncharacter. `false` only means
    /// "take the careful path".
    public static func isPlainMarkup(_ value: String, whitespaceIsSpecial: Bool) -> Bool {
        var previous: UInt8 = 0
        for byte in value.utf8 {
            switch byte {
            case 0x26, 0x3C, 0x3E, 0x22, 0x27, 0x0D: return false
            case 0x09, 0x0A: if whitespaceIsSpecial { return false }
            case 0x00..<0x20, 0x7F, 0xF0...0xFF: return false
            case 0x80...0x9F where previous == 0xC2: return false
            case 0xB7 where previous == 0xEF, 0xBF where previous == 0xEF: return false
            default: break
            }
            previous = byte
        }
        return true
    }

    /// The same proof for the inside of a JSON-LD string literal: no `"`, `\`, `<`, `>`, `&`,
    /// controls, U+2028/U+2029 (E2 80 A8/A9), or possible C1 controls and noncharacters.
    public static func isPlainJSON(_ value: String) -> Bool {
        var previous: UInt8 = 0
        var beforePrevious: UInt8 = 0
        for byte in value.utf8 {
            switch byte {
            case 0x22, 0x5C, 0x3C, 0x3E, 0x26: return false
            case 0x00..<0x20, 0x7F, 0xF0...0xFF: return false
            case 0x80...0x9F where previous == 0xC2: return false
            case 0xB7 where previous == 0xEF, 0xBF where previous == 0xEF: return false
            case 0xA8 where previous == 0x80 && beforePrevious == 0xE2,
                0xA9 where previous == 0x80 && beforePrevious == 0xE2:
                return false
            default: break
            }
            beforePrevious = previous
            previous = byte
        }
        return true
    }
}
