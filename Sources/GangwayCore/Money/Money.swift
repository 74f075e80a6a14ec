/// An amount of Russian roubles held exactly, in kopecks. Never a floating-point number.
public struct Money: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    public var kopecks: Int64

    public init(kopecks: Int64) { self.kopecks = kopecks }

    public static let zero = Money(kopecks: 0)

    public static func < (lhs: Money, rhs: Money) -> Bool { lhs.kopecks < rhs.kopecks }

    /// `1500.00`: the decimal form of the APIs and the database-independent text form.
    public var decimalString: String {
        let sign = kopecks < 0 ? "-" : ""
        let magnitude = kopecks.magnitude
        let rubles = magnitude / 100
        let rest = magnitude % 100
        return "\(sign)\(rubles).\(rest < 10 ? "0" : "")\(rest)"
    }

    public var description: String { decimalString }
}
