import Testing

@testable import GangwayCore

struct LocalDateTests {
    @Test(arguments: ["2027-06-14", "14.06.2027"])
    func readsBothDateForms(text: String) throws {
        let date = try #require(LocalDate(parsing: text))
        #expect(date.description == "2027-06-14")
        #expect(date.weekday == 1)  // a Monday
    }

    @Test(arguments: ["2027-02-29", "2028-13-01", "31.04.2027", "2027-6-14", "14/06/2027", "", "2027-06-14T10:00"])
    func refusesImpossibleDates(text: String) {
        #expect(LocalDate(parsing: text) == nil)
    }

    @Test func leapDayExistsInLeapYears() {
        #expect(LocalDate(parsing: "2028-02-29") != nil)
        #expect(LocalDate(parsing: "2100-02-29") == nil)
        #expect(LocalDate(parsing: "2000-02-29") != nil)
    }

    @Test func dayNumbersRoundTrip() throws {
        #expect(try #require(LocalDate(year: 1970, month: 1, day: 1)).dayNumber == 0)
        for number in stride(from: -800, through: 40_000, by: 37) {
            #expect(LocalDate(dayNumber: number).dayNumber == number)
        }
        #expect(try #require(LocalDate(parsing: "2026-11-25")).weekday == 3)
    }
}

struct ServiceTimeTests {
    @Test(arguments: [("09:30", 570), ("9:30", 570), ("00:00", 0), ("23:59", 1439), ("24:30", 1470), ("25:10", 1510)])
    func readsTimesPastMidnight(text: String, minutes: Int) throws {
        let time = try #require(ServiceTime(parsing: text))
        #expect(time.minutes == minutes)
    }

    @Test(arguments: ["24:60", "48:00", "9.30", "930", "ab:cd", "-1:00", "10:5", ""])
    func refusesMalformedTimes(text: String) {
        #expect(ServiceTime(parsing: text) == nil)
    }

    @Test func keepsTheOperatorsHourPastMidnight() throws {
        #expect(try #require(ServiceTime(parsing: "24:30")).description == "24:30")
        #expect(try #require(ServiceTime(parsing: "7:05")).description == "07:05")
    }
}

struct WeekdaySetTests {
    @Test(arguments: [
        ("1-5", [1, 2, 3, 4, 5]), ("пн-пт", [1, 2, 3, 4, 5]), ("sat sun", [6, 7]), ("сб,вс", [6, 7]),
        ("Mon, Wed, Fri", [1, 3, 5]), ("7", [7]), ("fri-mon", [1, 5, 6, 7]), ("1-7", [1, 2, 3, 4, 5, 6, 7]),
        ("пятница", [5]),
    ])
    func readsEverySpelling(text: String, days: [Int]) throws {
        let set = try WeekdaySet.parse(text).get()
        #expect((1...7).filter(set.contains) == days)
    }

    @Test(arguments: ["8", "0", "mo", "1-", "-5", "пн--пт", ""])
    func refusesUnknownDays(text: String) {
        #expect((try? WeekdaySet.parse(text).get()) == nil)
    }
}

struct LocalTimeConverterTests {
    @Test func moscowIsThreeHoursAheadAllYear() throws {
        var moscow = try #require(LocalTimeConverter(timeZoneIdentifier: "Europe/Moscow"))
        let summer = try #require(LocalDate(parsing: "2027-06-14"))
        let winter = try #require(LocalDate(parsing: "2027-01-14"))
        let evening = try #require(ServiceTime(parsing: "19:00"))
        #expect(moscow.rfc3339(moscow.instant(of: summer, at: evening)) == "2027-06-14T19:00:00+03:00")
        #expect(moscow.rfc3339(moscow.instant(of: winter, at: evening)) == "2027-01-14T19:00:00+03:00")
    }

    @Test func timesPastMidnightFallOnTheNextCalendarDay() throws {
        var moscow = try #require(LocalTimeConverter(timeZoneIdentifier: "Europe/Moscow"))
        let day = try #require(LocalDate(parsing: "2027-06-14"))
        let late = try #require(ServiceTime(parsing: "25:10"))
        let instant = moscow.instant(of: day, at: late)
        #expect(moscow.rfc3339(instant) == "2027-06-15T01:10:00+03:00")
        #expect(moscow.localDate(at: instant).description == "2027-06-15")
    }

    @Test func followsDaylightSavingWhereAZoneHasIt() throws {
        var berlin = try #require(LocalTimeConverter(timeZoneIdentifier: "Europe/Berlin"))
        let noon = try #require(ServiceTime(parsing: "12:00"))
        let summer = berlin.instant(of: try #require(LocalDate(parsing: "2027-07-01")), at: noon)
        let winter = berlin.instant(of: try #require(LocalDate(parsing: "2027-01-01")), at: noon)
        #expect(berlin.rfc3339(summer) == "2027-07-01T12:00:00+02:00")
        #expect(berlin.rfc3339(winter) == "2027-01-01T12:00:00+01:00")
        // 02:30 on the spring-forward night does not exist: it moves forward by the gap.
        let gap = berlin.instant(
            of: try #require(LocalDate(parsing: "2027-03-28")), at: try #require(ServiceTime(parsing: "02:30")))
        #expect(berlin.rfc3339(gap) == "2027-03-28T03:30:00+02:00")
    }

    @Test func unknownZonesAreRefused() {
        #expect(LocalTimeConverter(timeZoneIdentifier: "Europe/Atlantis") == nil)
    }
}
