/// Seconds since 1970 as ISO 8601 in UTC, `2026-11-25T09:15:00Z` — what
/// `Date.formatted(.iso8601)` writes, without building a formatter for every order answered.
public enum UTCTimestamp {
    public static func iso8601(_ seconds: Int64) -> String {
        let (days, second) = seconds.quotientAndRemainder(dividingBy: 86_400)
        let dayNumber = Int(second < 0 ? days - 1 : days)
        let secondOfDay = Int(second < 0 ? second + 86_400 : second)
        let date = LocalDate(dayNumber: dayNumber)
        let hour = secondOfDay / 3_600
        let minute = secondOfDay / 60 % 60
        let secondOfMinute = secondOfDay % 60
        return String(unsafeUninitializedCapacity: 20) { buffer in
            let zero = UInt8(ascii: "0")
            var index = 0
            func put(_ value: Int, digits: Int) {
                var divisor = 1
                for _ in 1..<digits { divisor *= 10 }
                while divisor > 0 {
                    buffer[index] = zero + UInt8(value / divisor % 10)
                    index += 1
                    divisor /= 10
                }
            }
            func put(_ byte: Character) {
                buffer[index] = byte.asciiValue ?? zero
                index += 1
            }
            put(date.year, digits: 4)
            put("-")
            put(date.month, digits: 2)
            put("-")
            put(date.day, digits: 2)
            put("T")
            put(hour, digits: 2)
            put(":")
            put(minute, digits: 2)
            put(":")
            put(secondOfMinute, digits: 2)
            put("Z")
            return index
        }
    }
}
