import Foundation
import GangwayCore

/// Escapes untrusted text (operator data, customer input) for HTML.
///
/// Both contexts escape `&`, `<`, `>`, `"` and `'`, so a value is safe in text content and in an
/// attribute value, which Gangway always writes double-quoted (`title="…"`). Controls other than
/// tab and line breaks, and noncharacters, are a parse error in HTML and become U+FFFD.
/// Never use either for a URL, a `<script>` or a `<style>` body: URLs are built from ids only,
/// and JSON-LD has ``JSONLDEscaping``.
public enum HTMLEscaping {
    /// `value` as HTML text content (between tags).
    public static func text(_ value: String) -> String { escape(value, lineBreaks: false) }

    /// `value` as the content of a double-quoted attribute value. Line breaks become `&#10;`, so
    /// a multi-line operator text stays one attribute on one line.
    public static func attribute(_ value: String) -> String { escape(value, lineBreaks: true) }

    private static func escape(_ value: String, lineBreaks: Bool) -> String {
        if UnicodeSafety.isPlainMarkup(value, whitespaceIsSpecial: lineBreaks) { return value }
        if !value.unicodeScalars.contains(where: { needsWork($0, lineBreaks: lineBreaks) }) { return value }
        var output = String.UnicodeScalarView()
        var previousWasCarriageReturn = false
        for scalar in value.unicodeScalars {
            defer { previousWasCarriageReturn = scalar == "\r" }
            switch scalar {
            case "&": output.append(contentsOf: "&amp;".unicodeScalars)
            case "<": output.append(contentsOf: "&lt;".unicodeScalars)
            case ">": output.append(contentsOf: "&gt;".unicodeScalars)
            case "\"": output.append(contentsOf: "&quot;".unicodeScalars)
            case "'": output.append(contentsOf: "&#39;".unicodeScalars)
            case "\n" where previousWasCarriageReturn: continue
            case "\r", "\n":
                if lineBreaks {
                    output.append(contentsOf: "&#10;".unicodeScalars)
                } else {
                    output.append("\n")
                }
            default:
                output.append(UnicodeSafety.isAllowedInMarkup(scalar) ? scalar : UnicodeSafety.replacement)
            }
        }
        return String(output)
    }

    private static func needsWork(_ scalar: Unicode.Scalar, lineBreaks: Bool) -> Bool {
        switch scalar {
        case "&", "<", ">", "\"", "'", "\r": return true
        case "\n": return lineBreaks
        default: return !UnicodeSafety.isAllowedInMarkup(scalar)
        }
    }
}
