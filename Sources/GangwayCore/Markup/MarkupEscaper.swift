import Foundation

/// The escaping HTML and XML share: the five special characters become references, CR/CRLF
/// line breaks are normalised, and characters markup rejects become U+FFFD. The two differ only
/// in which white space must be written as a character reference inside attribute values.
struct MarkupEscaper {
    /// Write line breaks as `&#10;` (attribute values).
    var lineBreaksAsReferences: Bool
    /// Write tabs as `&#9;` (XML attribute values, which a parser would otherwise normalise).
    var tabsAsReferences: Bool

    func escape(_ value: String) -> String {
        let whitespaceIsSpecial = lineBreaksAsReferences || tabsAsReferences
        if UnicodeSafety.isPlainMarkup(value, whitespaceIsSpecial: whitespaceIsSpecial) { return value }
        if !value.unicodeScalars.contains(where: needsWork) { return value }
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
                if lineBreaksAsReferences {
                    output.append(contentsOf: "&#10;".unicodeScalars)
                } else {
                    output.append("\n")
                }
            case "\t" where tabsAsReferences: output.append(contentsOf: "&#9;".unicodeScalars)
            default:
                output.append(UnicodeSafety.isAllowedInMarkup(scalar) ? scalar : UnicodeSafety.replacement)
            }
        }
        return String(output)
    }

    private func needsWork(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "&", "<", ">", "\"", "'", "\r": return true
        case "\n": return lineBreaksAsReferences
        case "\t": return tabsAsReferences
        default: return !UnicodeSafety.isAllowedInMarkup(scalar)
        }
    }
}
