/// The two BCH-protected fields that tell a reader how to decode the code (ISO/IEC 18004 sections
/// 7.9 and 7.10).
enum QRFormatInfo {
    /// The 15 format bits for a correction level and mask: 5 data bits and 10 BCH(15,5) check bits
    /// from the generator 0x537, XORed with 0x5412 so that they are never all zero.
    static func formatBits(correction: QRCode.Correction, mask: QRMask) -> Int {
        let data = correction.formatBits << 3 | mask.rawValue
        var remainder = data
        for _ in 0..<10 {
            remainder = (remainder << 1) ^ ((remainder >> 9) * 0x537)
        }
        return (data << 10 | remainder) ^ 0x5412
    }

    /// The 18 version bits for versions 7 and up: 6 bits of version number and 12 BCH(18,6) check
    /// bits from the generator 0x1F25. There is no mask.
    static func versionBits(version: Int) -> Int {
        var remainder = version
        for _ in 0..<12 {
            remainder = (remainder << 1) ^ ((remainder >> 11) * 0x1F25)
        }
        return version << 12 | remainder
    }
}
