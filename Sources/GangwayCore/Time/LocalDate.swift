import Foundation

/// A calendar date with no time zone: a service day as an operator writes it.
/// Held as year, month, day; converts to and from a day number (days since 1970-01-01).
public struct LocalDate: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    public var year: Int
    public var month: Int
    public var day: Int

    /// Builds a date, or nil when it does not exist (`2027-02-30`).
    public init?(year: Int, month: Int, day: Int) {
        guard (1900...2999).contains(year), (1...12).contains(month),
            (1...LocalDate.daysIn(month: month, year: year)).contains(day)
        else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// The date of a day number (days since 1970-01-01), by Howard Hinnant's civil algorithm.
    public init(dayNumber: Int) {
        let z = dayNumber + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        self.year = yoe + era * 400 + (m <= 2 ? 1 : 0)
        self.month = m
        self.day = d
    }

    /// Days since 1970-01-01.
    public var dayNumber: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = month > 2 ? month - 3 : month + 9
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// ISO weekday: Monday = 1 … Sunday = 7.
    public var weekday: Int {
        let w = (dayNumber + 3) % 7  // 1970-01-01 was a Thursday
        return (w < 0 ? w + 7 : w) + 1
    }

    public func adding(days: Int) -> LocalDate { LocalDate(dayNumber: dayNumber + days) }

    public static func < (lhs: LocalDate, rhs: LocalDate) -> Bool { lhs.dayNumber < rhs.dayNumber }

    /// `YYYY-MM-DD`.
    public var description: String { digits(separator: UInt8(ascii: "-")) }

    /// `YYYYMMDD`, for identifiers.
    public var compact: String { digits(separator: nil) }

    /// `YYYY?MM?DD` built byte by byte: these run once per sailing in a large import.
    private func digits(separator: UInt8?) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(10)
        let zero = UInt8(ascii: "0")
        for divisor in [1000, 100, 10, 1] { bytes.append(zero + UInt8(year / divisor % 10)) }
        if let separator { bytes.append(separator) }
        bytes.append(zero + UInt8(month / 10))
        bytes.append(zero + UInt8(month % 10))
        if let separator { bytes.append(separator) }
        bytes.append(zero + UInt8(day / 10))
        bytes.append(zero + UInt8(day % 10))
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Reads `YYYY-MM-DD` or `DD.MM.YYYY`.
    public init?(parsing text: String) {
        // The form the database stores, read byte by byte (loading the storefront parses tens of
        // thousands); anything else takes the general path below.
        if let iso = Self.isoFastPath(text) {
            self = iso
            return
        }
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let iso = trimmed.split(separator: "-", omittingEmptySubsequences: false)
        let dotted = trimmed.split(separator: ".", omittingEmptySubsequences: false)
        if iso.count == 3, iso[0].count == 4, iso[1].count == 2, iso[2].count == 2,
            let y = Int(iso[0]), let m = Int(iso[1]), let d = Int(iso[2])
        {
            self.init(year: y, month: m, day: d)
        } else if dotted.count == 3, dotted[0].count == 2, dotted[1].count == 2, dotted[2].count == 4,
            let d = Int(dotted[0]), let m = Int(dotted[1]), let y = Int(dotted[2])
        {
            self.init(year: y, month: m, day: d)
        } else {
            return nil
        }
    }

    private static func isoFastPath(_ text: String) -> LocalDate? {
        var utf8 = text.utf8
        return utf8.withContiguousStorageIfAvailable { bytes -> LocalDate? in
            guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-") else { return nil }
            var value = 0
            var parts: [Int] = []
            for (index, byte) in bytes.enumerated() where index != 4 && index != 7 {
                guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
                value = value * 10 + Int(byte - UInt8(ascii: "0"))
                if index == 3 || index == 6 || index == 9 {
                    parts.append(value)
                    value = 0
                }
            }
            return LocalDate(year: parts[0], month: parts[1], day: parts[2])
        } ?? nil
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }
}
