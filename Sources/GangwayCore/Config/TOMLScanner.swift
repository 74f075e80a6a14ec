/// The character level of ``TOMLSubsetParser``: a cursor over the file's Unicode scalars that
/// tracks the line number and reads the pieces of the subset (keys, values, comments, line ends).
/// Anything outside the subset is reported as a ``ConfigurationError/syntax(file:line:message:)``
/// on the line where it was found.
struct TOMLScanner {
    private let scalars: [Unicode.Scalar]
    private let fileName: String
    private var index = 0
    /// The 1-based line the cursor is on.
    private(set) var line = 1

    init(_ text: String, fileName: String) {
        var scalars = Array(text.unicodeScalars)
        if scalars.first == "\u{FEFF}" { scalars.removeFirst() }
        self.scalars = scalars
        self.fileName = fileName
    }

    var current: Unicode.Scalar? { index < scalars.count ? scalars[index] : nil }

    var atEnd: Bool { index >= scalars.count }

    func peek(_ offset: Int) -> Unicode.Scalar? {
        let position = index + offset
        return position < scalars.count ? scalars[position] : nil
    }

    mutating func advance() {
        guard index < scalars.count else { return }
        if scalars[index] == "\n" { line += 1 }
        index += 1
    }

    func error(_ message: String, line: Int? = nil) -> ConfigurationError {
        .syntax(file: fileName, line: line ?? self.line, message: message)
    }

    // MARK: Layout

    /// Skips spaces and tabs.
    mutating func skipSpaces() {
        while let scalar = current, scalar == " " || scalar == "\t" { advance() }
    }

    /// Skips a `#` comment up to (not including) the line end.
    mutating func skipComment() {
        guard current == "#" else { return }
        while let scalar = current, scalar != "\n", scalar != "\r" { advance() }
    }

    /// Consumes one line end (`\n` or `\r\n`); a lone `\r` is an error.
    mutating func consumeNewline() throws(ConfigurationError) {
        if current == "\n" {
            advance()
        } else if current == "\r" {
            guard peek(1) == "\n" else { throw error("carriage return without a line feed") }
            advance()
            advance()
        }
    }

    /// After a header or a value: optional spaces, an optional comment, then the line end or the
    /// end of the file. `what` names the thing just read, for the error message.
    mutating func finishLine(after what: String) throws(ConfigurationError) {
        skipSpaces()
        skipComment()
        guard let scalar = current else { return }
        guard scalar == "\n" || scalar == "\r" else {
            throw error("unexpected \(Self.describe(scalar)) after \(what); expected the end of the line")
        }
        try consumeNewline()
    }

    /// Inside an array: skips spaces, line ends and comments.
    mutating func skipArrayFiller() throws(ConfigurationError) {
        while let scalar = current {
            switch scalar {
            case " ", "\t": advance()
            case "#": skipComment()
            case "\n", "\r": try consumeNewline()
            default: return
            }
        }
    }

    // MARK: Names

    static func isBareKeyCharacter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "A"..."Z", "a"..."z", "0"..."9", "_", "-": true
        default: false
        }
    }

    /// A bare key: letters, digits, `_` and `-`.
    mutating func readBareKey() throws(ConfigurationError) -> String {
        var key = String.UnicodeScalarView()
        while let scalar = current, Self.isBareKeyCharacter(scalar) {
            key.append(scalar)
            advance()
        }
        guard !key.isEmpty else {
            if current == "\"" || current == "'" { throw error("quoted keys are not supported; write the key bare") }
            throw error("expected a key, found \(Self.describe(current))")
        }
        return String(key)
    }

    // MARK: Values

    /// One value: a string, an integer, a boolean, or an array of strings or integers.
    mutating func readValue(for key: String) throws(ConfigurationError) -> ConfigValue {
        switch current {
        case nil, "\n", "\r", "#":
            throw error("missing value for key \"\(key)\"")
        case "\"":
            return .string(try readBasicString())
        case "'":
            return .string(try readLiteralString())
        case "[":
            return try readArray(for: key)
        case "{":
            throw error("inline tables ({ … }) are not supported; use a [table] header")
        default:
            return try readBareValue()
        }
    }

    /// `"…"` with the escapes `\"` `\\` `\n` `\t` `\uXXXX`; on one line.
    private mutating func readBasicString() throws(ConfigurationError) -> String {
        if peek(1) == "\"" && peek(2) == "\"" { throw error("multi-line strings (\"\"\") are not supported") }
        advance()
        var text = String.UnicodeScalarView()
        while true {
            guard let scalar = current, scalar != "\n", scalar != "\r" else {
                throw error("unterminated string: missing the closing \"")
            }
            advance()
            switch scalar {
            case "\"":
                return String(text)
            case "\\":
                text.append(try readEscape())
            default:
                try checkNotControl(scalar)
                text.append(scalar)
            }
        }
    }

    private mutating func readEscape() throws(ConfigurationError) -> Unicode.Scalar {
        guard let scalar = current else { throw error("unterminated string: missing the closing \"") }
        advance()
        switch scalar {
        case "\"": return "\""
        case "\\": return "\\"
        case "n": return "\n"
        case "t": return "\t"
        case "u":
            var value: UInt32 = 0
            for _ in 0..<4 {
                guard let digit = current, let nibble = Self.hexValue(digit) else {
                    throw error("\\u must be followed by exactly four hexadecimal digits")
                }
                value = value * 16 + nibble
                advance()
            }
            guard let result = Unicode.Scalar(value) else {
                throw error("\\u\(String(value, radix: 16, uppercase: true)) is not a Unicode scalar value")
            }
            return result
        default:
            throw error("unsupported escape \\\(scalar) (accepted: \\\" \\\\ \\n \\t \\uXXXX)")
        }
    }

    /// `'…'`: no escapes; on one line.
    private mutating func readLiteralString() throws(ConfigurationError) -> String {
        if peek(1) == "'" && peek(2) == "'" { throw error("multi-line literal strings (''') are not supported") }
        advance()
        var text = String.UnicodeScalarView()
        while true {
            guard let scalar = current, scalar != "\n", scalar != "\r" else {
                throw error("unterminated literal string: missing the closing '")
            }
            advance()
            if scalar == "'" { return String(text) }
            try checkNotControl(scalar)
            text.append(scalar)
        }
    }

    private func checkNotControl(_ scalar: Unicode.Scalar) throws(ConfigurationError) {
        if (scalar.value < 0x20 && scalar != "\t") || scalar.value == 0x7F {
            throw error("control character \(Self.describe(scalar)) in a string; write it as an escape")
        }
    }

    /// `[` values `]`, possibly over several lines, with an optional trailing comma.
    private mutating func readArray(for key: String) throws(ConfigurationError) -> ConfigValue {
        let openingLine = line
        advance()
        var elements: [ConfigValue] = []
        while true {
            try skipArrayFiller()
            guard let scalar = current else {
                throw error("unterminated array: missing the closing ] (opened on line \(openingLine))")
            }
            if scalar == "]" {
                advance()
                return .array(elements)
            }
            let element = try readValue(for: key)
            switch (element, elements.first) {
            case (.array, _):
                throw error("nested arrays are not supported")
            case (.boolean, _):
                throw error("arrays may hold only strings or integers")
            case (.string, .integer?), (.integer, .string?):
                throw error("an array must hold only strings or only integers, not both")
            default:
                elements.append(element)
            }
            try skipArrayFiller()
            switch current {
            case ",": advance()
            case "]": continue
            case nil: continue
            default: throw error("expected , or ] in the array, found \(Self.describe(current))")
            }
        }
    }

    /// An unquoted value: `true`, `false` or an integer. Other unquoted words are named as
    /// precisely as cheaply possible (floats, dates, hexadecimal, text missing its quotes).
    private mutating func readBareValue() throws(ConfigurationError) -> ConfigValue {
        var token = String.UnicodeScalarView()
        while let scalar = current, !Self.endsBareValue(scalar) {
            token.append(scalar)
            advance()
        }
        let word = String(token)
        switch word {
        case "true": return .boolean(true)
        case "false": return .boolean(false)
        default: break
        }
        switch Self.parseInteger(word) {
        case .success(let number): return .integer(number)
        case .failure(let failure): throw error(failure.message)
        }
    }

    private static func endsBareValue(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case " ", "\t", "\n", "\r", "#", ",", "]": true
        default: false
        }
    }

    // MARK: Integers (shared with values from the environment)

    /// Why a token is not an integer of the subset.
    struct IntegerFailure: Error {
        var message: String
    }

    /// An integer as the subset writes it: optional sign, decimal digits, `_` between digits,
    /// no leading zeros. Used for the file and, after trimming, for environment values.
    static func parseInteger(_ token: String) -> Result<Int, IntegerFailure> {
        let scalars = Array(token.unicodeScalars)
        var body = scalars[...]
        var sign = ""
        if let first = body.first, first == "+" || first == "-" {
            sign = first == "-" ? "-" : ""
            body = body.dropFirst()
        }
        let isDigit: (Unicode.Scalar) -> Bool = { ("0"..."9").contains($0) }
        let looksNumeric = body.first.map(isDigit) ?? false
        if looksNumeric && body.allSatisfy({ isDigit($0) || $0 == "_" }) {
            var digits = ""
            var previousWasDigit = false
            for (offset, scalar) in body.enumerated() {
                if scalar == "_" {
                    let nextIsDigit = offset + 1 < body.count && isDigit(body[body.startIndex + offset + 1])
                    guard previousWasDigit && nextIsDigit else {
                        return .failure(IntegerFailure(message: "\(token): _ must stand between digits"))
                    }
                    previousWasDigit = false
                } else {
                    digits.unicodeScalars.append(scalar)
                    previousWasDigit = true
                }
            }
            if digits.count > 1 && digits.hasPrefix("0") {
                return .failure(IntegerFailure(message: "\(token): leading zeros are not allowed"))
            }
            guard let number = Int(sign + digits) else {
                return .failure(IntegerFailure(message: "\(token): integer out of range"))
            }
            return .success(number)
        }
        return .failure(IntegerFailure(message: describeNonInteger(token, body: body, looksNumeric: looksNumeric)))
    }

    private static func describeNonInteger(
        _ token: String, body: ArraySlice<Unicode.Scalar>, looksNumeric: Bool
    ) -> String {
        let lower = token.lowercased()
        if token.isEmpty { return "expected a value" }
        if looksNumeric {
            if lower.hasPrefix("0x") || lower.hasPrefix("0o") || lower.hasPrefix("0b") {
                return "\(token): hexadecimal, octal and binary integers are not supported"
            }
            if body.contains(":") {
                return "\(token): dates and times are not supported; write them as strings"
            }
            if body.contains(".") || body.contains("e") || body.contains("E") {
                return "\(token): floating-point numbers are not supported"
            }
            if body.contains("-") {
                return "\(token): dates and times are not supported; write them as strings"
            }
            return "\(token) is not an integer"
        }
        if ["inf", "+inf", "-inf", "nan", "+nan", "-nan"].contains(lower) {
            return "\(token): floating-point numbers are not supported"
        }
        return "unquoted text \(token); strings must be in quotes"
    }

    // MARK: Helpers

    private static func hexValue(_ scalar: Unicode.Scalar) -> UInt32? {
        switch scalar {
        case "0"..."9": scalar.value - 0x30
        case "a"..."f": scalar.value - 0x61 + 10
        case "A"..."F": scalar.value - 0x41 + 10
        default: nil
        }
    }

    /// A character for a message: `"x"` when printable, `U+00A0` otherwise, `the end of the file`.
    static func describe(_ scalar: Unicode.Scalar?) -> String {
        guard let scalar else { return "the end of the file" }
        switch scalar {
        case "\n", "\r": return "the end of the line"
        default: break
        }
        if scalar.properties.isWhitespace || scalar.value < 0x20 || scalar.value == 0x7F
            || scalar.properties.generalCategory == .format
        {
            let hex = String(scalar.value, radix: 16, uppercase: true)
            return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
        }
        return "\"\(scalar)\""
    }
}
