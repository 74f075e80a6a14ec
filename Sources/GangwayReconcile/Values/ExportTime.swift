import Foundation
import GangwayCore

/// Time stamps as exports write them, parsed by hand (no `DateFormatter`, no time-zone database): the
/// registries' Moscow wall-clock times (UTC+3 all year since 2014), ЮMoney's RFC 3339, and Excel's
/// serial dates.
enum ExportTime {
    /// Moscow's offset from UTC in seconds.
    static let moscowOffset = 3 * 3600

    /// A registry time in Moscow: `dd.MM.yyyy HH:mm[:ss]`, or `yyyy-MM-dd[ T]HH:mm[:ss]`; a date alone
    /// means midnight. Surrounding spaces are ignored.
    static func moscow(_ bytes: UnsafeBufferPointer<UInt8>) -> Date? {
        var scanner = ByteScanner(bytes)
        scanner.skipSpaces()
        guard let date = scanner.date() else { return nil }
        var seconds = 0
        if !scanner.atEnd {
            guard scanner.skip(UInt8(ascii: " ")) || scanner.skip(UInt8(ascii: "T")) else { return nil }
            scanner.skipSpaces()
            guard let time = scanner.timeOfDay() else { return nil }
            seconds = time
        }
        scanner.skipSpaces()
        guard scanner.atEnd else { return nil }
        return Date(timeIntervalSince1970: Double(date.dayNumber * 86_400 + seconds - moscowOffset))
    }

    /// A day as a registry's preamble states it: `yyyy-MM-dd` or `dd.MM.yyyy`, spaces around ignored.
    static func day(_ bytes: UnsafeBufferPointer<UInt8>) -> LocalDate? {
        var scanner = ByteScanner(bytes)
        scanner.skipSpaces()
        guard let date = scanner.date() else { return nil }
        scanner.skipSpaces()
        return scanner.atEnd ? date : nil
    }

    /// RFC 3339: `2024-09-08T11:58:25Z`, `2011-07-01T09:00:00.000+04:00` (a space for `T` and a
    /// missing seconds field are tolerated; a zone is required).
    static func rfc3339(_ bytes: UnsafeBufferPointer<UInt8>) -> Date? {
        var scanner = ByteScanner(bytes)
        scanner.skipSpaces()
        guard let year = scanner.number(digits: 4), scanner.skip(UInt8(ascii: "-")),
            let month = scanner.number(digits: 2), scanner.skip(UInt8(ascii: "-")),
            let day = scanner.number(digits: 2), let date = LocalDate(year: year, month: month, day: day),
            scanner.skip(UInt8(ascii: "T")) || scanner.skip(UInt8(ascii: "t")) || scanner.skip(UInt8(ascii: " ")),
            let time = scanner.timeOfDay()
        else { return nil }
        var fraction = 0.0
        if scanner.skip(UInt8(ascii: ".")) {
            var scale = 0.1
            var any = false
            while let digit = scanner.digit() {
                fraction += Double(digit) * scale
                scale /= 10
                any = true
            }
            guard any else { return nil }
        }
        var offset = 0
        if scanner.skip(UInt8(ascii: "Z")) || scanner.skip(UInt8(ascii: "z")) {
            offset = 0
        } else {
            let sign: Int
            if scanner.skip(UInt8(ascii: "+")) {
                sign = 1
            } else if scanner.skip(UInt8(ascii: "-")) {
                sign = -1
            } else {
                return nil
            }
            guard let hours = scanner.number(digits: 2), hours < 24 else { return nil }
            _ = scanner.skip(UInt8(ascii: ":"))
            guard let minutes = scanner.number(digits: 2), minutes < 60 else { return nil }
            offset = sign * (hours * 3600 + minutes * 60)
        }
        scanner.skipSpaces()
        guard scanner.atEnd else { return nil }
        return Date(timeIntervalSince1970: Double(date.dayNumber * 86_400 + time - offset) + fraction)
    }

    /// An Excel serial date in the 1900 date system (days since 1899-12-30, the fraction being the time
    /// of day), read as Moscow time and rounded to the second. The decimal text is read exactly.
    static func excelSerial(_ bytes: UnsafeBufferPointer<UInt8>) -> Date? {
        // The serial is read in millionths of a day (about 0.09 s), exactly, then rounded to the second.
        guard let micro = ExportTime.millionths(bytes), micro > 0, micro < 200_000 * 1_000_000 else { return nil }
        let days = Int(micro / 1_000_000)
        let fraction = micro % 1_000_000
        // Round the fraction of a day to the nearest second.
        let seconds = Int((fraction * 86_400 + 500_000) / 1_000_000)
        // Serial 25 569 is 1970-01-01, so serial 0 is 1899-12-30 (Excel's 1900 system, leap-year bug included).
        let excelEpoch = -25_569
        return Date(timeIntervalSince1970: Double((excelEpoch + days) * 86_400 + seconds - moscowOffset))
    }

    /// A non-negative decimal number (with an optional exponent) in millionths, rounded half-up.
    private static func millionths(_ bytes: UnsafeBufferPointer<UInt8>) -> Int64? {
        // Scaling by 10^4 through the exponent turns kopecks (hundredths) into millionths.
        var text = Array(bytes)
        text.append(contentsOf: Array("e4".utf8))
        if let exponentIndex = bytes.firstIndex(where: { $0 | 0x20 == UInt8(ascii: "e") }) {
            // Fold an existing exponent into the new one.
            var scanner = ByteScanner(UnsafeBufferPointer(rebasing: bytes[(exponentIndex + 1)...]))
            var sign = 1
            if scanner.skip(UInt8(ascii: "-")) { sign = -1 } else { _ = scanner.skip(UInt8(ascii: "+")) }
            var exponent = 0
            var any = false
            while let digit = scanner.digit(), exponent < 1000 {
                exponent = exponent * 10 + digit
                any = true
            }
            guard any, scanner.atEnd else { return nil }
            text = Array(bytes[..<exponentIndex]) + Array("e\(sign * exponent + 4)".utf8)
        }
        return text.withUnsafeBufferPointer { Kopecks.parse($0, reading: .excel) }
    }
}
