import Foundation

/// The VAT inside VAT-inclusive prices, as a fraction of the gross: 22/122 for Russia's 22 %
/// rate (from 2026), 10/110 for the reduced one, 0/1 for none.
public struct VATRate: Sendable, Hashable, CustomStringConvertible {
    public let numerator: Int64
    public let denominator: Int64

    /// 22/122, Russia's base rate applied to a VAT-inclusive price.
    public static let standard = VATRate(checkedNumerator: 22, denominator: 122)

    private init(checkedNumerator: Int64, denominator: Int64) {
        self.numerator = checkedNumerator
        self.denominator = denominator
    }

    /// A rate `numerator/denominator` with `0 <= numerator < denominator`.
    public init?(numerator: Int64, denominator: Int64) {
        guard numerator >= 0, denominator > 0, numerator < denominator else { return nil }
        self.init(checkedNumerator: numerator, denominator: denominator)
    }

    /// Reads `22/122` (spaces allowed around the slash).
    public init?(parsing text: String) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2,
            let numerator = Int64(parts[0].trimmingCharacters(in: .whitespaces)),
            let denominator = Int64(parts[1].trimmingCharacters(in: .whitespaces))
        else { return nil }
        self.init(numerator: numerator, denominator: denominator)
    }

    /// The VAT contained in `gross`, in whole kopecks, rounded half away from zero:
    /// `round(gross × numerator / denominator)`. 1 500,00 ₽ at 22/122 holds 270,49 ₽.
    public func vat(in gross: Money) -> Money {
        let product = gross.kopecks.magnitude * UInt64(numerator)
        let rounded = (2 * product + UInt64(denominator)) / (2 * UInt64(denominator))
        return Money(kopecks: gross.kopecks < 0 ? -Int64(rounded) : Int64(rounded))
    }

    public var description: String { "\(numerator)/\(denominator)" }
}
