import Foundation
import GangwayCore
import Testing

@testable import GangwaySite

struct SiteFormatterTests {
    /// U+00A0, spelled out so a test cannot pass with an ordinary space by accident.
    static let nbsp = "\u{00A0}"

    static func date(_ text: String) throws -> LocalDate { try #require(LocalDate(parsing: text)) }
    static func time(_ text: String) throws -> ServiceTime { try #require(ServiceTime(parsing: text)) }

    // MARK: Money

    static let russianMoney: [(Int64, String)] = [
        (0, "0\(nbsp)₽"),
        (5, "0,05\(nbsp)₽"),
        (100, "1\(nbsp)₽"),
        (99_900, "999\(nbsp)₽"),
        (100_000, "1\(nbsp)000\(nbsp)₽"),
        (250_000, "2\(nbsp)500\(nbsp)₽"),
        (250_050, "2\(nbsp)500,50\(nbsp)₽"),
        (250_005, "2\(nbsp)500,05\(nbsp)₽"),
        (123_456_789, "1\(nbsp)234\(nbsp)567,89\(nbsp)₽"),
        (-150_000, "-1\(nbsp)500\(nbsp)₽"),
        (Int64.max, "92\(nbsp)233\(nbsp)720\(nbsp)368\(nbsp)547\(nbsp)758,07\(nbsp)₽"),
    ]

    @Test(arguments: russianMoney)
    func russianMoneyUsesNoBreakSpaces(kopecks: Int64, expected: String) {
        #expect(SiteFormatter(language: .ru).money(Money(kopecks: kopecks)) == expected)
    }

    @Test func russianMoneyHasNoOrdinarySpaceAtAll() {
        let text = SiteFormatter(language: .ru).money(Money(kopecks: 250_000))
        #expect(Array(text.unicodeScalars.map(\.value)) == [0x32, 0xA0, 0x35, 0x30, 0x30, 0xA0, 0x20BD])
        #expect(!text.contains(" "))
    }

    static let englishMoney: [(Int64, String)] = [
        (0, "₽0"), (5, "₽0.05"), (100_000, "₽1,000"), (250_000, "₽2,500"), (250_050, "₽2,500.50"),
        (123_456_789, "₽1,234,567.89"), (-150_000, "-₽1,500"),
        (Int64.min, "-₽92,233,720,368,547,758.08"),
    ]

    @Test(arguments: englishMoney)
    func englishAndChineseMoneyPutTheSignFirst(kopecks: Int64, expected: String) {
        #expect(SiteFormatter(language: .en).money(Money(kopecks: kopecks)) == expected)
        #expect(SiteFormatter(language: .zh).money(Money(kopecks: kopecks)) == expected)
    }

    @Test func integersAreGroupedByLanguage() {
        #expect(SiteFormatter(language: .ru).integer(999) == "999")
        #expect(SiteFormatter(language: .ru).integer(1001) == "1\(Self.nbsp)001")
        #expect(SiteFormatter(language: .ru).integer(-12_500) == "-12\(Self.nbsp)500")
        #expect(SiteFormatter(language: .en).integer(1_234_567) == "1,234,567")
        #expect(SiteFormatter(language: .zh).integer(0) == "0")
    }

    // MARK: Dates

    static let genitiveMonths = [
        "января", "февраля", "марта", "апреля", "мая", "июня",
        "июля", "августа", "сентября", "октября", "ноября", "декабря",
    ]
    static let nominativeMonths = [
        "январь", "февраль", "март", "апрель", "май", "июнь",
        "июль", "август", "сентябрь", "октябрь", "ноябрь", "декабрь",
    ]
    static let englishMonths = [
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ]

    @Test(arguments: Array(1...12))
    func everyMonthIsWrittenInEachLanguage(month: Int) throws {
        let date = try #require(LocalDate(year: 2027, month: month, day: 14))
        let name = Self.genitiveMonths[month - 1]
        #expect(SiteFormatter(language: .ru).date(date) == "14 \(name) 2027\(Self.nbsp)г.")
        #expect(SiteFormatter(language: .en).date(date) == "14 \(Self.englishMonths[month - 1]) 2027")
        #expect(SiteFormatter(language: .zh).date(date) == "2027年\(month)月14日")
        #expect(
            SiteFormatter(language: .ru).monthYear(year: 2027, month: month)
                == "\(Self.nominativeMonths[month - 1]) 2027")
        #expect(
            SiteFormatter(language: .en).monthYear(year: 2027, month: month) == "\(Self.englishMonths[month - 1]) 2027")
        #expect(SiteFormatter(language: .zh).monthYear(year: 2027, month: month) == "2027年\(month)月")
    }

    @Test func singleDigitDaysAreNotPadded() throws {
        let date = try Self.date("2027-03-01")
        #expect(SiteFormatter(language: .ru).date(date) == "1 марта 2027\(Self.nbsp)г.")
        #expect(SiteFormatter(language: .en).date(date) == "1 March 2027")
        #expect(SiteFormatter(language: .zh).date(date) == "2027年3月1日")
    }

    @Test func dateAndTimeReadAsTheIssueShows() throws {
        let date = try Self.date("2027-06-14")
        let time = try Self.time("19:00")
        #expect(SiteFormatter(language: .ru).dateTime(date: date, time: time) == "14 июня 2027\(Self.nbsp)г., 19:00")
        #expect(SiteFormatter(language: .en).dateTime(date: date, time: time) == "14 June 2027, 19:00")
        #expect(SiteFormatter(language: .zh).dateTime(date: date, time: time) == "2027年6月14日 19:00")
    }

    @Test func serviceTimesPastMidnightShowTheClock() throws {
        let date = try Self.date("2027-06-14")
        let late = try Self.time("24:30")
        #expect(SiteFormatter(language: .ru).time(late) == "00:30")
        #expect(SiteFormatter(language: .en).time(try Self.time("9:05")) == "09:05")
        // A calendar date is kept as given …
        #expect(SiteFormatter(language: .en).dateTime(date: date, time: late) == "14 June 2027, 00:30")
        // … while a service day moves on to the date the clock shows.
        #expect(
            SiteFormatter(language: .ru).dateTime(serviceDate: date, time: late) == "15 июня 2027\(Self.nbsp)г., 00:30")
        let newYearsEve = try Self.date("2027-12-31")
        #expect(SiteFormatter(language: .zh).dateTime(serviceDate: newYearsEve, time: late) == "2028年1月1日 00:30")
        #expect(
            SiteFormatter(language: .zh).dateTime(serviceDate: newYearsEve, time: try Self.time("23:59"))
                == "2027年12月31日 23:59")
    }

    static let weekdays: [(String, String, String, String, String, String, String)] = [
        ("2027-06-14", "понедельник", "пн", "Monday", "Mon", "星期一", "周一"),
        ("2027-06-15", "вторник", "вт", "Tuesday", "Tue", "星期二", "周二"),
        ("2027-06-16", "среда", "ср", "Wednesday", "Wed", "星期三", "周三"),
        ("2027-06-17", "четверг", "чт", "Thursday", "Thu", "星期四", "周四"),
        ("2027-06-18", "пятница", "пт", "Friday", "Fri", "星期五", "周五"),
        ("2027-06-19", "суббота", "сб", "Saturday", "Sat", "星期六", "周六"),
        ("2027-06-20", "воскресенье", "вс", "Sunday", "Sun", "星期日", "周日"),
    ]

    @Test(arguments: weekdays)
    func weekdaysHaveFullAndShortNames(day: (String, String, String, String, String, String, String)) throws {
        let date = try Self.date(day.0)
        #expect(SiteFormatter(language: .ru).weekday(date) == day.1)
        #expect(SiteFormatter(language: .ru).weekdayShort(date) == day.2)
        #expect(SiteFormatter(language: .en).weekday(date) == day.3)
        #expect(SiteFormatter(language: .en).weekdayShort(date) == day.4)
        #expect(SiteFormatter(language: .zh).weekday(date) == day.5)
        #expect(SiteFormatter(language: .zh).weekdayShort(date) == day.6)
    }

    @Test func aMonthOutsideTheCalendarDoesNotCrash() {
        #expect(SiteFormatter(language: .ru).monthYear(year: 2027, month: 13) == "13 2027")
    }

    // MARK: Durations

    static let durations: [(Language, Int, String)] = [
        (.ru, 90, "1\(nbsp)ч 30\(nbsp)мин"),
        (.ru, 60, "1\(nbsp)ч"),
        (.ru, 45, "45\(nbsp)мин"),
        (.ru, 0, "0\(nbsp)мин"),
        (.ru, -5, "0\(nbsp)мин"),
        (.ru, 125, "2\(nbsp)ч 5\(nbsp)мин"),
        (.en, 90, "1\(nbsp)h 30\(nbsp)min"),
        (.en, 180, "3\(nbsp)h"),
        (.zh, 90, "1小时30分钟"),
        (.zh, 45, "45分钟"),
        (.zh, 120, "2小时"),
    ]

    @Test(arguments: durations)
    func durationsComeFromTheCatalogue(language: Language, minutes: Int, expected: String) throws {
        let catalog = try MessageCatalog.load(directory: I18nTestFiles.catalogueDirectory(), language: language)
        #expect(SiteFormatter(language: language).duration(minutes: minutes, catalog: catalog) == expected)
    }
}
