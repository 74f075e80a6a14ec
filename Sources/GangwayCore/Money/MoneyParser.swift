/// Reads an operator's rouble amount into kopecks: `1500`, `1500.00`, `1500,00`, `1 500,50`
/// (space, no-break space or narrow no-break space between thousands). Negative amounts,
/// more than two decimals and anything else are refused.
public enum MoneyParser {
    public enum Failure: Error, Sendable, Equatable {
        case empty
        case negative
        case tooManyDecimals
        case notANumber
        case tooLarge
    }

    /// The largest amount accepted: 100 million roubles, far above any ticket or charter.
    public static let maximumKopecks: Int64 = 10_000_000_000

    public static func parse(_ text: String) -> Result<Money, Failure> {
        var scalars = Array(text.unicodeScalars)
        while let first = scalars.first, isBlank(first) { scalars.removeFirst() }
        while let last = scalars.last, isBlank(last) { scalars.removeLast() }
        guard !scalars.isEmpty else { return .failure(.empty) }
        if scalars.first == "-" { return .failure(.negative) }
        if scalars.first == "+" { scalars.removeFirst() }
        // One decimal separator at most: `1.500,00` and `1,234.50` are ambiguous, not money.
        if scalars.filter({ $0 == "." || $0 == "," }).count > 1 { return .failure(.notANumber) }

        var rubles: Int64 = 0
        var fraction: Int64 = 0
        var fractionDigits = 0
        var sawDigit = false
        var inFraction = false
        var lastWasGroupSpace = false
        for scalar in scalars {
            switch scalar {
            case "0"..."9":
                let digit = Int64(scalar.value - 48)
                sawDigit = true
                lastWasGroupSpace = false
                if inFraction {
                    fractionDigits += 1
                    if fractionDigits > 2 { return .failure(.tooManyDecimals) }
                    fraction = fraction * 10 + digit
                } else {
                    rubles = rubles * 10 + digit
                    if rubles * 100 > maximumKopecks { return .failure(.tooLarge) }
                }
            case ".", ",":
                guard !inFraction, sawDigit, !lastWasGroupSpace else { return .failure(.notANumber) }
                inFraction = true
            case " ", "\u{00A0}", "\u{202F}":
                guard sawDigit, !inFraction, !lastWasGroupSpace else { return .failure(.notANumber) }
                lastWasGroupSpace = true
            default:
                return .failure(.notANumber)
            }
        }
        guard sawDigit, !lastWasGroupSpace else { return .failure(.notANumber) }
        if inFraction && fractionDigits == 0 { return .failure(.notANumber) }
        if fractionDigits == 1 { fraction *= 10 }
        return .success(Money(kopecks: rubles * 100 + fraction))
    }

    private static func isBlank(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || scalar == "\t" || scalar == "\u{00A0}" || scalar == "\u{202F}"
    }
}
