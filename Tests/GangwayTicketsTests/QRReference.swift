import GangwayTickets
import Testing

/// A code made by trusted encoders, to compare ours with module by module.
struct QRReference: Sendable, CustomTestStringConvertible {
    /// The text, stored as UTF-8 bytes in byte mode.
    let text: String
    let correction: QRCode.Correction
    let version: Int
    /// The mask of the reference code.
    let mask: Int
    /// Whether the test must force `mask`; otherwise our encoder must choose it by itself.
    let forcedMask: Bool
    /// The penalty score of masks 0 to 7, each with its format bits in place.
    let penaltyScores: [Int]
    /// The matrix, one line per row, 1 for dark.
    let rows: String

    var matrix: [String] { rows.split(separator: "\n").map(String.init) }

    var testDescription: String { "version \(version)-\(correction) mask \(mask): \(text.prefix(24))" }

    /// The rows of `code` in the same form as ``rows``.
    static func rows(of code: QRCode) -> [String] {
        (0..<code.size).map { y in String((0..<code.size).map { x in code.isDark(x: x, y: y) ? "1" : "0" }) }
    }
}
