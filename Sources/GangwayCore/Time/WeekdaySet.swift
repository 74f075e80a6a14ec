import Foundation

/// A set of ISO weekdays (Monday = 1 … Sunday = 7), as operators write them:
/// `mon tue …`, `пн вт …`, `1`–`7`, full names, and ranges like `1-5`, `пн-пт`, `fri-mon`.
public struct WeekdaySet: Sendable, Hashable, Codable {
    /// Bit n-1 set for weekday n.
    public var bits: UInt8

    public static let everyDay = WeekdaySet(bits: 0b111_1111)

    public init(bits: UInt8) { self.bits = bits & 0b111_1111 }

    public func contains(_ weekday: Int) -> Bool { bits & (1 << UInt8(weekday - 1)) != 0 }

    /// Reads a list separated by commas and/or spaces. Returns the offending token on failure.
    public static func parse(_ text: String) -> Result<WeekdaySet, WeekdayParseFailure> {
        var bits: UInt8 = 0
        let tokens = text.lowercased().split(whereSeparator: { $0 == "," || $0 == " " || $0 == ";" })
        guard !tokens.isEmpty else { return .failure(WeekdayParseFailure(token: text)) }
        for token in tokens {
            let ends = token.split(separator: "-", omittingEmptySubsequences: false)
            switch ends.count {
            case 1:
                guard let day = weekday(named: String(ends[0])) else {
                    return .failure(WeekdayParseFailure(token: String(token)))
                }
                bits |= 1 << UInt8(day - 1)
            case 2:
                guard let first = weekday(named: String(ends[0])), let last = weekday(named: String(ends[1])) else {
                    return .failure(WeekdayParseFailure(token: String(token)))
                }
                var day = first
                while true {
                    bits |= 1 << UInt8(day - 1)
                    if day == last { break }
                    day = day % 7 + 1
                }
            default:
                return .failure(WeekdayParseFailure(token: String(token)))
            }
        }
        return .success(WeekdaySet(bits: bits))
    }

    private static let names: [String: Int] = [
        "1": 1, "2": 2, "3": 3, "4": 4, "5": 5, "6": 6, "7": 7,
        "mon": 1, "tue": 2, "wed": 3, "thu": 4, "fri": 5, "sat": 6, "sun": 7,
        "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6, "sunday": 7,
        "пн": 1, "вт": 2, "ср": 3, "чт": 4, "пт": 5, "сб": 6, "вс": 7,
        "понедельник": 1, "вторник": 2, "среда": 3, "четверг": 4, "пятница": 5, "суббота": 6,
        "воскресенье": 7,
    ]

    static func weekday(named name: String) -> Int? { names[name.trimmingCharacters(in: .whitespaces)] }
}

/// The weekday token that could not be read.
public struct WeekdayParseFailure: Error, Sendable, Equatable {
    public var token: String
}
