import GangwayCore

/// The Moscow day (UTC+3, no daylight saving) of instants, as `YYYY-MM-DD`, remembering the last
/// one: a registry's rows are one day, so the name is worked out once, not once per row.
struct MoscowDays {
    private var lastNumber = Int.min
    private var lastName = ""

    mutating func name(of seconds: Int64) -> String {
        let number = Int((Double(seconds + 3 * 3_600) / 86_400).rounded(.down))
        if number != lastNumber {
            lastNumber = number
            lastName = LocalDate(dayNumber: number).description
        }
        return lastName
    }
}
