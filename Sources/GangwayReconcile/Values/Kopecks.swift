/// Exact conversions between decimal rouble text and kopecks, never through floating point.
enum Kopecks {
    /// How strictly amount text is read.
    enum Reading {
        /// As registries write amounts: at most two decimals, no exponent.
        case written
        /// As Excel stores numbers (`96.340000000000003`, `1E-2`): any decimals and an exponent,
        /// rounded half-up to kopecks on the decimal text.
        case excel
        /// As JSON numbers: any decimals and an exponent, but the value must be whole kopecks
        /// (`1.230`, `3E2`); `0.001` is refused, not rounded.
        case exact
    }

    /// `12345` → `123.45`, `-5` → `-0.05`.
    static func text(_ kopecks: Int64) -> String {
        let negative = kopecks < 0
        let magnitude = kopecks.magnitude
        let fraction = magnitude % 100
        return (negative ? "-" : "") + "\(magnitude / 100)." + (fraction < 10 ? "0" : "") + "\(fraction)"
    }

    /// Parses an amount in roubles from UTF-8 bytes: an optional sign, digits with optional thousands
    /// separators (space, no-break space U+00A0, narrow no-break space U+202F, `'`), and a decimal part
    /// after `.` or `,`. Surrounding spaces are ignored.
    ///
    /// `reading` says how many decimals and whether an exponent are accepted (see ``Reading``). Returns
    /// nil for anything else, or beyond ±10^15 roubles.
    static func parse(_ bytes: UnsafeBufferPointer<UInt8>, reading: Reading) -> Int64? {
        let lenient = reading != .written
        // The usual case, `1234.56`: digits, a point, two digits.
        let count = bytes.count
        if count >= 4, count <= 18, bytes[count - 3] == UInt8(ascii: ".") {
            var value: Int64 = 0
            var plain = true
            for position in 0..<count where position != count - 3 {
                let digit = bytes[position] &- 0x30
                if digit > 9 {
                    plain = false
                    break
                }
                value = value * 10 + Int64(digit)
            }
            if plain { return value }
        }
        var index = 0
        var end = bytes.count
        while index < end, isSpace(bytes, index) { index += spaceLength(bytes, index) }
        while end > index, bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09 { end -= 1 }
        if end >= 2, end - 2 >= index, bytes[end - 2] == 0xC2, bytes[end - 1] == 0xA0 { end -= 2 }
        guard index < end else { return nil }
        var negative = false
        if bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "+") {
            negative = bytes[index] == UInt8(ascii: "-")
            index += 1
        }
        // First pass: check the shape and count the digits on either side of the decimal separator.
        let mantissaStart = index
        var integerDigits = 0
        var fractionDigits = 0
        var seenSeparator = false
        var lastWasGroupSeparator = false
        while index < end {
            let byte = bytes[index]
            if byte >= 0x30, byte <= 0x39 {
                if seenSeparator { fractionDigits += 1 } else { integerDigits += 1 }
                lastWasGroupSeparator = false
                index += 1
            } else if byte == UInt8(ascii: ".") || byte == UInt8(ascii: ",") {
                guard !seenSeparator, !lastWasGroupSeparator else { return nil }
                seenSeparator = true
                index += 1
            } else if !seenSeparator, integerDigits > 0, !lastWasGroupSeparator, isGroupSeparator(bytes, index, end) {
                index += groupSeparatorLength(bytes, index)
                lastWasGroupSeparator = true
            } else {
                break
            }
        }
        let mantissaEnd = index
        guard integerDigits + fractionDigits > 0, !lastWasGroupSeparator, !seenSeparator || fractionDigits > 0 else {
            return nil
        }
        var exponent = 0
        if index < end {
            guard lenient, bytes[index] | 0x20 == UInt8(ascii: "e") else { return nil }
            index += 1
            var exponentNegative = false
            if index < end, bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "+") {
                exponentNegative = bytes[index] == UInt8(ascii: "-")
                index += 1
            }
            guard index < end else { return nil }
            while index < end {
                let byte = bytes[index]
                guard byte >= 0x30, byte <= 0x39, exponent < 1000 else { return nil }
                exponent = exponent * 10 + Int(byte - 0x30)
                index += 1
            }
            if exponentNegative { exponent = -exponent }
        }
        guard lenient || fractionDigits <= 2 else { return nil }
        // Second pass: the digits before position `kept` (the decimal point moved two places right)
        // make the kopecks; the digit at `kept` rounds half-up.
        let kept = integerDigits + exponent + 2
        var kopecks: Int64 = 0
        var digitIndex = 0
        var roundUp = false
        for position in mantissaStart..<mantissaEnd {
            let byte = bytes[position]
            guard byte >= 0x30, byte <= 0x39 else { continue }
            if digitIndex < kept {
                kopecks = kopecks &* 10 &+ Int64(byte - 0x30)
                guard kopecks < limit else { return nil }
            } else if reading == .exact {
                guard byte == 0x30 else { return nil }
            } else {
                roundUp = byte >= 0x35
                break
            }
            digitIndex += 1
        }
        while digitIndex < kept {
            kopecks = kopecks &* 10
            guard kopecks < limit else { return nil }
            digitIndex += 1
        }
        if roundUp { kopecks += 1 }
        return negative ? -kopecks : kopecks
    }

    /// 10^17 kopecks (10^15 roubles): beyond any real amount, well inside `Int64`.
    private static let limit: Int64 = 100_000_000_000_000_000

    @inline(__always)
    private static func isSpace(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> Bool {
        bytes[index] == 0x20 || bytes[index] == 0x09
            || (bytes[index] == 0xC2 && index + 1 < bytes.count && bytes[index + 1] == 0xA0)
    }

    @inline(__always)
    private static func spaceLength(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> Int {
        bytes[index] == 0xC2 ? 2 : 1
    }

    /// Space, `'`, U+00A0 (C2 A0) or U+202F (E2 80 AF) between digit groups.
    @inline(__always)
    private static func isGroupSeparator(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int, _ end: Int) -> Bool {
        switch bytes[index] {
        case 0x20, UInt8(ascii: "'"): return true
        case 0xC2: return index + 1 < end && bytes[index + 1] == 0xA0
        case 0xE2: return index + 2 < end && bytes[index + 1] == 0x80 && bytes[index + 2] == 0xAF
        default: return false
        }
    }

    @inline(__always)
    private static func groupSeparatorLength(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> Int {
        switch bytes[index] {
        case 0xC2: return 2
        case 0xE2: return 3
        default: return 1
        }
    }
}
