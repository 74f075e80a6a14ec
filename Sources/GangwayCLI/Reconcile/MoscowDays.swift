import GangwayCore

/// The Moscow day of instants, as `YYYY-MM-DD`, remembering the last one: a registry's rows are
/// one day, so the text is made once, not once per row.
struct MoscowDays {
    private var last: LocalDate?
    private var lastName = ""

    mutating func name(of seconds: Int64) -> String {
        let day = LocalDate(moscowDayOf: seconds)
        if day != last {
            last = day
            lastName = day.description
        }
        return lastName
    }
}
