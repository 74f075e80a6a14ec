import GangwayCore

/// Amounts as the payment protocols write them: roubles with a `.` and at most two decimals
/// (`"300.00"`, `"15"`, `"99.5"`), converted to kopecks exactly, never through floating point.
public enum ProtocolAmount {
    /// The amount, or `nil` for anything else (a sign, a comma, spaces, three decimals, an
    /// exponent, more than ten billion roubles).
    public static func parse(_ text: String) -> Money? {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), let whole = parts.first, !whole.isEmpty, whole.count <= 11,
            whole.allSatisfy({ $0.isASCII && $0.isNumber })
        else { return nil }
        var kopecks = Int64(whole)! * 100
        if parts.count == 2 {
            let fraction = parts[1]
            guard (1...2).contains(fraction.count), fraction.allSatisfy({ $0.isASCII && $0.isNumber }) else {
                return nil
            }
            kopecks += Int64(fraction)! * (fraction.count == 1 ? 10 : 1)
        }
        return Money(kopecks: kopecks)
    }

    /// `"1500.00"`: what the protocols expect.
    public static func format(_ money: Money) -> String { money.decimalString }
}
