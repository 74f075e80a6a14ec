/// Text helpers for registry headers, titles and footers, where people and tools vary the spelling.
enum RegistryText {
    /// A name as compared: lower-cased, `ё` read as `е`, no-break spaces as spaces, runs of spaces
    /// collapsed, and surrounding spaces and quotes (`"`, `'`, `«»`, `“”`) removed.
    static func normalise(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in text.lowercased().unicodeScalars {
            switch scalar {
            case " ", "\t", "\u{00A0}", "\u{202F}", "\r", "\n":
                pendingSpace = !scalars.isEmpty
            case "ё":
                if pendingSpace { scalars.append(" ") }
                pendingSpace = false
                scalars.append("е")
            default:
                if pendingSpace { scalars.append(" ") }
                pendingSpace = false
                scalars.append(scalar)
            }
        }
        var result = String(scalars)
        let quotes: Set<Character> = ["\"", "'", "«", "»", "“", "”", "„", " "]
        while let first = result.first, quotes.contains(first) { result.removeFirst() }
        while let last = result.last, quotes.contains(last) { result.removeLast() }
        return result
    }

    /// `text` without leading and trailing spaces (including no-break spaces) and line breaks.
    static func trimmed(_ text: String) -> String {
        let scalars = text.unicodeScalars
        guard let first = scalars.first, let last = scalars.last else { return "" }
        // The usual case, nothing to trim, without walking characters.
        if !isSpace(first), !isSpace(last) { return text }
        guard let start = scalars.firstIndex(where: { !isSpace($0) }),
            let end = scalars.lastIndex(where: { !isSpace($0) })
        else { return "" }
        return String(scalars[start...end])
    }

    /// Whitespace (Unicode `White_Space`), with a quick answer for ASCII and Cyrillic.
    @inline(__always)
    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 { return value == 0x20 || (0x09...0x0D).contains(value) }
        if (0x0400...0x04FF).contains(value) { return false }
        return scalar.properties.isWhitespace
    }

    /// The text after a label (`Дата платежей: 2026-07-12` → `2026-07-12`), when the line starts with
    /// one of `labels` (normalised) followed by `:`, a space, or nothing.
    static func value(after labels: [String], in text: String) -> String? {
        let original = trimmed(text)
        if let colon = original.firstIndex(of: ":") {
            let label = normalise(String(original[..<colon]))
            guard labels.contains(label) else { return nil }
            return trimmed(String(original[original.index(after: colon)...]))
        }
        let normalised = normalise(original)
        for label in labels where normalised == label || normalised.hasPrefix(label + " ") {
            // Drop as many words as the label has.
            let labelWords = label.split(separator: " ").count
            let words = original.split(whereSeparator: { $0.isWhitespace })
            return words.dropFirst(labelWords).joined(separator: " ")
        }
        return nil
    }
}
