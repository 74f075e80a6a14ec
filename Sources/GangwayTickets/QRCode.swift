/// A QR code (ISO/IEC 18004, Model 2) that holds bytes, such as a ticket code or a ticket URL.
///
/// The data is stored in byte mode; text is stored as its UTF-8 bytes, which phone scanners read
/// back as text. The smallest version (size) that fits the data at the chosen correction level is
/// used, and the mask is chosen by the standard penalty score.
///
/// ```swift
/// let code = try QRCode(text: "https://tickets.example.ru/order/GW-7K3M9Q")
/// let svg = code.svg(title: "Ticket GW-7K3M9Q")
/// ```
public struct QRCode: Sendable, Equatable {
    /// The version, 1 to 40. Version n is 4n + 17 modules wide.
    public let version: Int
    /// The width and height in modules, without the quiet zone.
    public let size: Int
    /// The error correction level the code was made with.
    public let correction: Correction
    /// The data mask pattern that was applied, 0 to 7.
    public let mask: Int
    /// Dark (`true`) or light modules, row by row from the top left.
    private let modules: [Bool]

    /// Makes the smallest code that holds `bytes` at the given correction level.
    ///
    /// - Throws: ``QRCodeError/dataTooLong(byteCount:maximum:)`` when the bytes do not fit even a
    ///   version 40 code: at most 2953 bytes at `low`, 2331 at `medium`, 1663 at `quartile` and 1273
    ///   at `high`.
    public init(bytes: [UInt8], correction: Correction = .medium) throws(QRCodeError) {
        try self.init(bytes: bytes, correction: correction, mask: nil)
    }

    /// Makes the smallest code that holds the UTF-8 bytes of `text` at the given correction level.
    ///
    /// - Throws: ``QRCodeError/dataTooLong(byteCount:maximum:)`` when the text does not fit.
    public init(text: String, correction: Correction = .medium) throws(QRCodeError) {
        try self.init(bytes: Array(text.utf8), correction: correction, mask: nil)
    }

    /// Makes a code with a chosen mask instead of the one with the lowest penalty, or the best one
    /// when `mask` is `nil`. Tests use it to compare with other encoders.
    init(bytes: [UInt8], correction: Correction, mask forcedMask: QRMask?) throws(QRCodeError) {
        guard let version = QRVersion.smallest(holding: bytes.count, correction: correction) else {
            let maximum = QRVersion(QRVersion.maximum).byteCapacity(correction)
            throw QRCodeError.dataTooLong(byteCount: bytes.count, maximum: maximum)
        }
        let data = QRCodewords.data(for: bytes, version: version, correction: correction)
        let codewords = QRCodewords.interleaved(data: data, version: version, correction: correction)
        var matrix = QRMatrix(version: version)
        matrix.placeCodewords(codewords)

        let chosen: QRMask
        if let forcedMask {
            chosen = forcedMask
        } else {
            // The lowest penalty wins; on a tie the lower mask number does.
            let scores = matrix.penaltyScores(correction: correction)
            var best = 0
            for (mask, score) in scores.enumerated() where score < scores[best] { best = mask }
            chosen = QRMask(rawValue: best) ?? .pattern0
        }
        matrix.apply(chosen)
        matrix.drawFormatBits(QRFormatInfo.formatBits(correction: correction, mask: chosen))

        self.version = version.number
        self.size = version.size
        self.correction = correction
        self.mask = chosen.rawValue
        self.modules = matrix.modules
    }

    /// Whether the module at column `x` and row `y` (from the top left, starting at 0) is dark.
    /// Positions outside the code, such as the quiet zone, are light.
    public func isDark(x: Int, y: Int) -> Bool {
        guard x >= 0, x < size, y >= 0, y < size else { return false }
        return modules[y * size + x]
    }
}
