/// A departure time within a service day, in minutes after that day's local midnight.
/// As in GTFS it may run past midnight (`24:30`, `25:10`) for a departure after midnight that
/// belongs to the evening's service day. Hours 0–47 are accepted.
public struct ServiceTime: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    public var minutes: Int

    /// The start of the service day.
    public static let midnight = ServiceTime(checked: 0)

    private init(checked minutes: Int) { self.minutes = minutes }

    public init?(minutes: Int) {
        guard (0..<(48 * 60)).contains(minutes) else { return nil }
        self.minutes = minutes
    }

    /// Reads `HH:MM` (or `H:MM`), 24-hour, hours up to 47.
    public init?(parsing text: String) {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, (1...2).contains(parts[0].count), parts[1].count == 2,
            parts[0].allSatisfy(\.isASCII), parts[1].allSatisfy(\.isASCII),
            let h = Int(parts[0]), let m = Int(parts[1]), h >= 0, (0...59).contains(m)
        else { return nil }
        self.init(minutes: h * 60 + m)
    }

    public static func < (lhs: ServiceTime, rhs: ServiceTime) -> Bool { lhs.minutes < rhs.minutes }

    /// `HH:MM`, with hours past 23 kept (`24:30`).
    public var description: String {
        let h = minutes / 60
        let m = minutes % 60
        return "\(h < 10 ? "0" : "")\(h):\(m < 10 ? "0" : "")\(m)"
    }

    /// `HHMM`, for identifiers.
    public var compact: String {
        let h = minutes / 60
        let m = minutes % 60
        return "\(h < 10 ? "0" : "")\(h)\(m < 10 ? "0" : "")\(m)"
    }
}
