import Foundation

/// Numbers, money, dates and times written the way each site language writes them.
///
/// Everything comes from the tables below: the machine's locale and time zone are never read,
/// so a build gives the same bytes on any machine. Money is formatted from whole kopecks.
///
/// | | ru | en | zh |
/// |---|---|---|---|
/// | ``money(_:)`` | `2 500 ₽`, `2 500,50 ₽` | `₽2,500`, `₽2,500.50` | `₽2,500`, `₽2,500.50` |
/// | ``date(_:)`` | `14 июня 2027 г.` | `14 June 2027` | `2027年6月14日` |
/// | ``dateTime(date:time:)`` | `14 июня 2027 г., 19:00` | `14 June 2027, 19:00` | `2027年6月14日 19:00` |
/// | ``weekday(_:)`` / ``weekdayShort(_:)`` | `понедельник` / `пн` | `Monday` / `Mon` | `星期一` / `周一` |
/// | ``monthYear(year:month:)`` | `июнь 2027` | `June 2027` | `2027年6月` |
///
/// In Russian the spaces inside numbers and before `₽` are no-break spaces (U+00A0), as is the space
/// between the year and `г.`, so neither the amount nor the abbreviation is split across lines.
public struct SiteFormatter: Sendable, Hashable {
    public let language: Language

    public init(language: Language) { self.language = language }

    /// The no-break space (U+00A0) of Russian numbers, money and abbreviations.
    public static let noBreakSpace = "\u{00A0}"

    // MARK: Numbers and money

    /// A whole number with thousands grouped: `12 500` (no-break spaces) in Russian, `12,500` otherwise.
    public func integer(_ value: Int) -> String {
        (value < 0 ? "-" : "") + grouped(UInt64(value.magnitude))
    }

    /// An amount in roubles: `2 500 ₽` / `2 500,50 ₽` in Russian, `₽2,500` / `₽2,500.50` in English
    /// and Chinese. Kopecks are shown only when there are some.
    public func money(_ amount: Money) -> String {
        let magnitude = amount.kopecks.magnitude
        var number = grouped(magnitude / 100)
        let kopecks = magnitude % 100
        if kopecks != 0 {
            number += (language == .ru ? "," : ".") + (kopecks < 10 ? "0" : "") + String(kopecks)
        }
        let sign = amount.kopecks < 0 ? "-" : ""
        switch language {
        case .ru: return sign + number + Self.noBreakSpace + "₽"
        case .en, .zh: return sign + "₽" + number
        }
    }

    // MARK: Dates and times

    /// A calendar date: `14 июня 2027 г.`, `14 June 2027`, `2027年6月14日`.
    public func date(_ date: LocalDate) -> String {
        switch language {
        case .ru: "\(date.day) \(Self.name(Self.ruGenitiveMonths, date.month)) \(date.year)\(Self.noBreakSpace)г."
        case .en: "\(date.day) \(Self.name(Self.enMonths, date.month)) \(date.year)"
        case .zh: "\(date.year)年\(date.month)月\(date.day)日"
        }
    }

    /// A clock time `HH:MM`, 24-hour; a service time past midnight (`24:30`) shows as the clock
    /// reads it (`00:30`).
    public func time(_ time: ServiceTime) -> String {
        let minutes = ((time.minutes % 1440) + 1440) % 1440
        let h = minutes / 60
        let m = minutes % 60
        return "\(h < 10 ? "0" : "")\(h):\(m < 10 ? "0" : "")\(m)"
    }

    /// A calendar date and a clock time: `14 июня 2027 г., 19:00`, `14 June 2027, 19:00`,
    /// `2027年6月14日 19:00`.
    ///
    /// `date` is the calendar date the clock shows (for a departure, the local date at its instant);
    /// `time` is shown modulo 24 hours and never moves the date. For a service day and a service
    /// time that may run past midnight use ``dateTime(serviceDate:time:)``.
    public func dateTime(date: LocalDate, time: ServiceTime) -> String {
        switch language {
        case .ru, .en: "\(self.date(date)), \(self.time(time))"
        case .zh: "\(self.date(date)) \(self.time(time))"
        }
    }

    /// Like ``dateTime(date:time:)`` for a service day and a service time: `24:30` on the service
    /// day 14 June is written `15 June 2027, 00:30`, the date and time a customer's watch shows.
    public func dateTime(serviceDate: LocalDate, time: ServiceTime) -> String {
        dateTime(date: serviceDate.adding(days: time.minutes / 1440), time: time)
    }

    /// The full weekday name: `понедельник` (lower case, as Russian writes it), `Monday`, `星期一`.
    public func weekday(_ date: LocalDate) -> String {
        switch language {
        case .ru: Self.name(Self.ruWeekdays, date.weekday)
        case .en: Self.name(Self.enWeekdays, date.weekday)
        case .zh: Self.name(Self.zhWeekdays, date.weekday)
        }
    }

    /// The short weekday name, for calendar columns: `пн`, `Mon`, `周一`.
    public func weekdayShort(_ date: LocalDate) -> String {
        switch language {
        case .ru: Self.name(Self.ruWeekdaysShort, date.weekday)
        case .en: String(Self.name(Self.enWeekdays, date.weekday).prefix(3))
        case .zh: Self.name(Self.zhWeekdaysShort, date.weekday)
        }
    }

    /// A calendar heading: `июнь 2027` (nominative), `June 2027`, `2027年6月`.
    public func monthYear(year: Int, month: Int) -> String {
        switch language {
        case .ru: "\(Self.name(Self.ruNominativeMonths, month)) \(year)"
        case .en: "\(Self.name(Self.enMonths, month)) \(year)"
        case .zh: "\(year)年\(month)月"
        }
    }

    // MARK: Durations

    /// A duration from the catalogue's plural messages `duration.hours` and `duration.minutes`,
    /// joined by `duration.hours_minutes`: `1 ч 30 мин`, `1 h 30 min`, `1小时30分钟` with the
    /// shipped catalogues (whose units are bound to their numbers by no-break spaces). Whole hours
    /// drop the minutes (`2 ч`), under an hour drops the hours (`45 мин`); a negative duration
    /// counts as zero (`0 мин`).
    public func duration(minutes: Int, catalog: MessageCatalog) -> String {
        let total = max(0, minutes)
        let hours = total / 60
        let rest = total % 60
        let hoursText = catalog.plural("duration.hours", count: hours)
        let minutesText = catalog.plural("duration.minutes", count: rest)
        if hours == 0 { return minutesText }
        if rest == 0 { return hoursText }
        return catalog.text("duration.hours_minutes", ["hours": hoursText, "minutes": minutesText])
    }

    // MARK: Tables

    private func grouped(_ value: UInt64) -> String {
        let digits = Array(String(value))
        let separator: Character = language == .ru ? "\u{00A0}" : ","
        var result = ""
        result.reserveCapacity(digits.count + digits.count / 3 * 2)
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { result.append(separator) }
            result.append(digit)
        }
        return result
    }

    /// The `number`th name (1-based), or the number itself when it is out of range.
    private static func name(_ names: [String], _ number: Int) -> String {
        names.indices.contains(number - 1) ? names[number - 1] : String(number)
    }

    static let ruGenitiveMonths = [
        "января", "февраля", "марта", "апреля", "мая", "июня",
        "июля", "августа", "сентября", "октября", "ноября", "декабря",
    ]
    static let ruNominativeMonths = [
        "январь", "февраль", "март", "апрель", "май", "июнь",
        "июль", "август", "сентябрь", "октябрь", "ноябрь", "декабрь",
    ]
    static let enMonths = [
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ]
    static let ruWeekdays = ["понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье"]
    static let ruWeekdaysShort = ["пн", "вт", "ср", "чт", "пт", "сб", "вс"]
    static let enWeekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
    static let zhWeekdays = ["星期一", "星期二", "星期三", "星期四", "星期五", "星期六", "星期日"]
    static let zhWeekdaysShort = ["周一", "周二", "周三", "周四", "周五", "周六", "周日"]
}
