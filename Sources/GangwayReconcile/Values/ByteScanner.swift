import GangwayCore

/// A cursor over ASCII-structured bytes (dates, times), for the hand-written parsers of ``ExportTime``.
struct ByteScanner {
    private let bytes: UnsafeBufferPointer<UInt8>
    private var index = 0

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    var atEnd: Bool { index >= bytes.count }

    /// Skips `byte` if it is next.
    mutating func skip(_ byte: UInt8) -> Bool {
        guard index < bytes.count, bytes[index] == byte else { return false }
        index += 1
        return true
    }

    /// Skips spaces, tabs and no-break spaces (UTF-8 `C2 A0`).
    mutating func skipSpaces() {
        while index < bytes.count {
            if bytes[index] == 0x20 || bytes[index] == 0x09 {
                index += 1
            } else if bytes[index] == 0xC2, index + 1 < bytes.count, bytes[index + 1] == 0xA0 {
                index += 2
            } else {
                return
            }
        }
    }

    /// The next byte as a decimal digit, consumed.
    mutating func digit() -> Int? {
        guard index < bytes.count, bytes[index] >= 0x30, bytes[index] <= 0x39 else { return nil }
        defer { index += 1 }
        return Int(bytes[index] - 0x30)
    }

    /// Exactly `digits` decimal digits.
    mutating func number(digits: Int) -> Int? {
        let start = index
        var value = 0
        for _ in 0..<digits {
            guard let digit = digit() else {
                index = start
                return nil
            }
            value = value * 10 + digit
        }
        return value
    }

    /// One or two decimal digits.
    mutating func shortNumber() -> Int? {
        guard let first = digit() else { return nil }
        guard let second = digit() else { return first }
        return first * 10 + second
    }

    /// `dd.MM.yyyy` (day and month may have one digit) or `yyyy-MM-dd`.
    mutating func date() -> LocalDate? {
        let start = index
        if let year = number(digits: 4), skip(UInt8(ascii: "-")), let month = shortNumber(),
            skip(UInt8(ascii: "-")), let day = shortNumber()
        {
            return LocalDate(year: year, month: month, day: day)
        }
        index = start
        guard let day = shortNumber(), skip(UInt8(ascii: ".")), let month = shortNumber(), skip(UInt8(ascii: ".")),
            let year = number(digits: 4)
        else { return nil }
        return LocalDate(year: year, month: month, day: day)
    }

    /// `HH:mm` or `HH:mm:ss` (the hour may have one digit), as seconds since midnight.
    mutating func timeOfDay() -> Int? {
        guard let hours = shortNumber(), hours < 24, skip(UInt8(ascii: ":")), let minutes = number(digits: 2),
            minutes < 60
        else { return nil }
        var seconds = 0
        if skip(UInt8(ascii: ":")) {
            guard let value = number(digits: 2), value < 61 else { return nil }
            seconds = value
        }
        return hours * 3600 + minutes * 60 + seconds
    }
}
