import Testing

@testable import GangwayTickets

struct QRFormatInfoTests {
    /// ISO/IEC 18004 table C.1, all 32 format words, in the order M, L, H, Q and masks 0 to 7 (the
    /// order of the two level bits 00, 01, 10, 11), as listed in segno's constants.
    static let formatWords: [Int] = [
        0x5412, 0x5125, 0x5E7C, 0x5B4B, 0x45F9, 0x40CE, 0x4F97, 0x4AA0,
        0x77C4, 0x72F3, 0x7DAA, 0x789D, 0x662F, 0x6318, 0x6C41, 0x6976,
        0x1689, 0x13BE, 0x1CE7, 0x19D0, 0x0762, 0x0255, 0x0D0C, 0x083B,
        0x355F, 0x3068, 0x3F31, 0x3A06, 0x24B4, 0x2183, 0x2EDA, 0x2BED,
    ]

    /// ISO/IEC 18004 table D.1, the version words of versions 7 to 40.
    static let versionWords: [Int] = [
        0x07C94, 0x085BC, 0x09A99, 0x0A4D3, 0x0BBF6, 0x0C762, 0x0D847, 0x0E60D,
        0x0F928, 0x10B78, 0x1145D, 0x12A17, 0x13532, 0x149A6, 0x15683, 0x168C9,
        0x177EC, 0x18EC4, 0x191E1, 0x1AFAB, 0x1B08E, 0x1CC1A, 0x1D33F, 0x1ED75,
        0x1F250, 0x209D5, 0x216F0, 0x228BA, 0x2379F, 0x24B0B, 0x2542E, 0x26A64,
        0x27541, 0x28C69,
    ]

    @Test(arguments: [QRCode.Correction.medium, .low, .high, .quartile])
    func formatBitsMatchTableC1(correction: QRCode.Correction) {
        for mask in QRMask.allCases {
            let expected = Self.formatWords[correction.formatBits * 8 + mask.rawValue]
            #expect(QRFormatInfo.formatBits(correction: correction, mask: mask) == expected, "mask \(mask.rawValue)")
        }
    }

    @Test func versionBitsMatchTableD1() {
        for (offset, expected) in Self.versionWords.enumerated() {
            #expect(QRFormatInfo.versionBits(version: offset + 7) == expected, "version \(offset + 7)")
        }
    }

    /// The format word of the chosen level and mask is read back from both of its places in a code.
    @Test(arguments: QRCode.Correction.allCases)
    func formatBitsArePlacedTwice(correction: QRCode.Correction) throws {
        let code = try QRCode(text: "GW-7K3M9Q", correction: correction)
        let size = code.size
        var first = 0
        var second = 0
        // Bit 14 first: along row 8 from the left edge, then up column 8 (skipping the timing row).
        for x in [0, 1, 2, 3, 4, 5, 7, 8] { first = first << 1 | (code.isDark(x: x, y: 8) ? 1 : 0) }
        for y in [7, 5, 4, 3, 2, 1, 0] { first = first << 1 | (code.isDark(x: 8, y: y) ? 1 : 0) }
        for y in stride(from: size - 1, through: size - 7, by: -1) {
            second = second << 1 | (code.isDark(x: 8, y: y) ? 1 : 0)
        }
        for x in (size - 8)..<size { second = second << 1 | (code.isDark(x: x, y: 8) ? 1 : 0) }
        let mask = try #require(QRMask(rawValue: code.mask))
        let expected = QRFormatInfo.formatBits(correction: correction, mask: mask)
        #expect(first == expected)
        #expect(second == expected)
        #expect(code.isDark(x: 8, y: size - 8), "the dark module")
    }

    /// The version word is read back from the block above the bottom left finder.
    @Test func versionBitsArePlacedForVersion7AndUp() throws {
        let code = try QRCode(bytes: [UInt8](repeating: 0x5A, count: 200), correction: .medium)
        #expect(code.version == 10)
        var word = 0
        for i in stride(from: 17, through: 0, by: -1) {
            word = word << 1 | (code.isDark(x: i / 3, y: code.size - 11 + i % 3) ? 1 : 0)
        }
        #expect(word == QRFormatInfo.versionBits(version: 10))
    }
}
