import Foundation

/// Turns a service day and a time at a pier into a UTC instant, and back.
///
/// Conversions go through `TimeZone.secondsFromGMT(for:)`, memoised per time zone and local
/// hour, since a schedule expands to many departures at the same few local times.
public struct LocalTimeConverter: Sendable {
    private let timeZone: TimeZone
    private var offsets: [Int64: Int] = [:]

    /// Nil when `identifier` is not an IANA time zone this machine knows.
    public init?(timeZoneIdentifier identifier: String) {
        guard let zone = TimeZone(identifier: identifier) else { return nil }
        self.timeZone = zone
    }

    /// The UTC instant (seconds since 1970) of `time` on service day `date`, local to the zone.
    /// A local time that does not exist (a spring-forward gap) moves forward by the gap.
    public mutating func instant(of date: LocalDate, at time: ServiceTime) -> Int64 {
        let local = Int64(date.dayNumber) * 86_400 + Int64(time.minutes) * 60
        let firstGuess = local - Int64(offset(at: local))
        let offset2 = offset(at: firstGuess)
        let candidate = local - Int64(offset2)
        let offset3 = offset(at: candidate)
        // In a gap the two offsets disagree: the smaller one gives the later instant (moved forward).
        return offset3 == offset2 ? candidate : local - Int64(min(offset2, offset3))
    }

    /// Seconds east of UTC at a UTC instant.
    public mutating func offset(at instant: Int64) -> Int {
        let hour = instant - ((instant % 3600) + 3600) % 3600
        if let known = offsets[hour] { return known }
        let seconds = timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(hour)))
        // An offset change mid-hour (rare: a few historical zones) is resolved exactly.
        let end = timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(hour + 3599)))
        if seconds != end {
            return timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(instant)))
        }
        offsets[hour] = seconds
        return seconds
    }

    /// The local calendar date at an instant.
    public mutating func localDate(at instant: Int64) -> LocalDate {
        let local = instant + Int64(offset(at: instant))
        let days = local >= 0 ? local / 86_400 : (local - 86_399) / 86_400
        return LocalDate(dayNumber: Int(days))
    }

    /// RFC 3339 with the zone's offset at that instant: `2027-06-14T23:30:00+03:00`.
    public mutating func rfc3339(_ instant: Int64) -> String {
        let offsetSeconds = offset(at: instant)
        let local = instant + Int64(offsetSeconds)
        let days = local >= 0 ? local / 86_400 : (local - 86_399) / 86_400
        let secondsOfDay = Int(local - days * 86_400)
        let date = LocalDate(dayNumber: Int(days))
        let sign = offsetSeconds < 0 ? "-" : "+"
        let magnitude = abs(offsetSeconds)
        return "\(date)T\(two(secondsOfDay / 3600)):\(two(secondsOfDay / 60 % 60)):\(two(secondsOfDay % 60))"
            + "\(sign)\(two(magnitude / 3600)):\(two(magnitude / 60 % 60))"
    }

    private func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
}
