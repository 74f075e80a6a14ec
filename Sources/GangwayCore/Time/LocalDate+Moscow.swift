extension LocalDate {
    /// The Moscow calendar day (UTC+3, no daylight saving since 2014) of an instant in seconds
    /// since 1970: the day payment registries and reconciliation reports are kept by.
    public init(moscowDayOf seconds: Int64) {
        let shifted = seconds + 3 * 3_600
        self.init(dayNumber: Int(shifted >= 0 ? shifted / 86_400 : (shifted - 86_399) / 86_400))
    }
}
