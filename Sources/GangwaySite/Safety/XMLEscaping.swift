import Foundation
import GangwayCore

/// Escapes untrusted text for XML documents Gangway writes: SVG seat maps (inline in HTML pages,
/// so the output also parses the same way as HTML) and `sitemap.xml`.
///
/// `&`, `<`, `>`, `"` and `'` become entity or character references in text and in attribute
/// values (always double-quoted). Characters XML 1.0 forbids (most controls) and those HTML
/// rejects (C1 controls, noncharacters) become U+FFFD. Line breaks are normalised to a line feed
/// (`&#10;` in attributes, where a parser would otherwise turn them into spaces).
public enum XMLEscaping {
    /// `value` as character data between tags.
    public static func text(_ value: String) -> String { escape(value, inAttribute: false) }

    /// `value` inside a double-quoted attribute value.
    public static func attribute(_ value: String) -> String { escape(value, inAttribute: true) }

    private static func escape(_ value: String, inAttribute: Bool) -> String {
        if UnicodeSafety.isPlainMarkup(value, whitespaceIsSpecial: inAttribute) { return value }
        if !value.unicodeScalars.contains(where: { needsWork($0, inAttribute: inAttribute) }) { return value }
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
                if inAttribute {
                    output.append(contentsOf: "&#10;".unicodeScalars)
                } else {
                    output.append("\n")
                }
            case "\t" where inAttribute: output.append(contentsOf: "&#9;".unicodeScalars)
            default:
                output.append(UnicodeSafety.isAllowedInMarkup(scalar) ? scalar : UnicodeSafety.replacement)
            }
        }
        return String(output)
    }

    private static func needsWork(_ scalar: Unicode.Scalar, inAttribute: Bool) -> Bool {
        switch scalar {
        case "&", "<", ">", "\"", "'", "\r": return true
        case "\n", "\t": return inAttribute
        default: return !UnicodeSafety.isAllowedInMarkup(scalar)
        }
    }
}
