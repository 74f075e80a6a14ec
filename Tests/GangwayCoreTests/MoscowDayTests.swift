import GangwayCore
import Testing

struct MoscowDayTests {
    @Test(arguments: [
        (Int64(1_795_553_999), "2026-11-24"),  // 2026-11-24T20:59:59Z = 23:59:59 on the 24th in Moscow
        (Int64(1_795_554_000), "2026-11-25"),  // 21:00:00Z = midnight in Moscow
        (Int64(1_795_640_399), "2026-11-25"),
        (Int64(1_795_640_400), "2026-11-26"),
        (Int64(-10_801), "1969-12-31"),
        (Int64(-10_800), "1970-01-01"),
    ])
    func theMoscowDayOfAnInstant(seconds: Int64, day: String) {
        #expect(LocalDate(moscowDayOf: seconds).description == day)
    }
}
