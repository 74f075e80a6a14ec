/// A value as written in the configuration file, before it is checked against its key.
///
/// ``TOMLSubsetParser`` produces these; arrays hold only strings or only integers (an empty array
/// holds neither and fits either). Values from the environment arrive as text and are turned
/// into a `ConfigValue` of the kind their key expects before the same checks run.
public enum ConfigValue: Sendable, Hashable, CustomStringConvertible {
    /// A basic `"…"` or literal `'…'` string, unescaped.
    case string(String)
    /// A decimal integer.
    case integer(Int)
    /// `true` or `false`.
    case boolean(Bool)
    /// An array of strings or of integers, never mixed or nested.
    case array([ConfigValue])

    /// The value written back in TOML syntax, for messages: `"ru"`, `5000`, `true`, `["ru", "en"]`.
    public var description: String {
        switch self {
        case .string(let text): Self.quoted(text)
        case .integer(let number): String(number)
        case .boolean(let flag): flag ? "true" : "false"
        case .array(let elements): "[" + elements.map(\.description).joined(separator: ", ") + "]"
        }
    }

    /// What kind of value this is, in words: "a string", "an integer", "a boolean", "an array".
    public var kindName: String {
        switch self {
        case .string: "a string"
        case .integer: "an integer"
        case .boolean: "a boolean"
        case .array: "an array"
        }
    }

    /// `text` as a TOML basic string, with `"`, `\` and control characters escaped.
    static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\t": result += "\\t"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    let hex = String(scalar.value, radix: 16, uppercase: true)
                    result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }
}
