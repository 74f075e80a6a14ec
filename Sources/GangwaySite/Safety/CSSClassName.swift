import Foundation
import GangwayCore

/// Turns an id (a category, a section) into a token safe in a `class` attribute and a CSS
/// selector without escaping: ASCII lower-case letters, digits, `-` and `_`.
///
/// Ids are already `[A-Za-z0-9_-]` by the import rules (compared case-insensitively), and a valid
/// id keeps its spelling, lower-cased. Anything else is sanitised anyway: each other character
/// becomes `_` plus its hexadecimal code point, so it can never end the attribute or the selector.
public enum CSSClassName {
    /// `prefix` followed by the sanitised `id`: `token("VIP", prefix: "cat-")` is `cat-vip`.
    public static func token(_ id: String, prefix: String = "") -> String {
        var output = prefix
        for scalar in id.unicodeScalars {
            switch scalar {
            case "a"..."z", "0"..."9", "-", "_": output.unicodeScalars.append(scalar)
            case "A"..."Z":
                output.unicodeScalars.append(contentsOf: String(scalar).lowercased().unicodeScalars)
            default: output += "_" + String(scalar.value, radix: 16)
            }
        }
        return output.isEmpty ? "_" : output
    }
}
