import Testing

@testable import GangwayTickets

struct QRVersionTests {
    /// ISO/IEC 18004 table 7: how many bytes fit in byte mode, versions 1 to 40.
    static let byteCapacities: [QRCode.Correction: [Int]] = [
        .low: [
            17, 32, 53, 78, 106, 134, 154, 192, 230, 271, 321, 367, 425, 458, 520, 586, 644, 718, 792, 858,
            929, 1003, 1091, 1171, 1273, 1367, 1465, 1528, 1628, 1732, 1840, 1952, 2068, 2188, 2303, 2431,
            2563, 2699, 2809, 2953,
        ],
        .medium: [
            14, 26, 42, 62, 84, 106, 122, 152, 180, 213, 251, 287, 331, 362, 412, 450, 504, 560, 624, 666,
            711, 779, 857, 911, 997, 1059, 1125, 1190, 1264, 1370, 1452, 1538, 1628, 1722, 1809, 1911, 1989,
            2099, 2213, 2331,
        ],
        .quartile: [
            11, 20, 32, 46, 60, 74, 86, 108, 130, 151, 177, 203, 241, 258, 292, 322, 364, 394, 442, 482,
            509, 565, 611, 661, 715, 751, 805, 868, 908, 982, 1030, 1112, 1168, 1228, 1283, 1351, 1423,
            1499, 1579, 1663,
        ],
        .high: [
            7, 14, 24, 34, 44, 58, 64, 84, 98, 119, 137, 155, 177, 194, 220, 250, 280, 310, 338, 382, 403,
            439, 461, 511, 535, 593, 625, 658, 698, 742, 790, 842, 898, 958, 983, 1051, 1093, 1139, 1219,
            1273,
        ],
    ]

    /// ISO/IEC 18004 table E.1: alignment pattern centres of versions 2 to 40.
    static let alignmentPositions: [[Int]] = [
        [6, 18], [6, 22], [6, 26], [6, 30], [6, 34], [6, 22, 38], [6, 24, 42], [6, 26, 46], [6, 28, 50],
        [6, 30, 54], [6, 32, 58], [6, 34, 62], [6, 26, 46, 66], [6, 26, 48, 70], [6, 26, 50, 74],
        [6, 30, 54, 78], [6, 30, 56, 82], [6, 30, 58, 86], [6, 34, 62, 90], [6, 28, 50, 72, 94],
        [6, 26, 50, 74, 98], [6, 30, 54, 78, 102], [6, 28, 54, 80, 106], [6, 32, 58, 84, 110],
        [6, 30, 58, 86, 114], [6, 34, 62, 90, 118], [6, 26, 50, 74, 98, 122], [6, 30, 54, 78, 102, 126],
        [6, 26, 52, 78, 104, 130], [6, 30, 56, 82, 108, 134], [6, 34, 60, 86, 112, 138],
        [6, 30, 58, 86, 114, 142], [6, 34, 62, 90, 118, 146], [6, 30, 54, 78, 102, 126, 150],
        [6, 24, 50, 76, 102, 128, 154], [6, 28, 54, 80, 106, 132, 158], [6, 32, 58, 84, 110, 136, 162],
        [6, 26, 54, 82, 110, 138, 166], [6, 30, 58, 86, 114, 142, 170],
    ]

    @Test(arguments: QRCode.Correction.allCases)
    func byteCapacitiesMatchTable7(correction: QRCode.Correction) throws {
        let expected = try #require(Self.byteCapacities[correction])
        let actual = (1...40).map { QRVersion($0).byteCapacity(correction) }
        #expect(actual == expected)
    }

    /// Every version's codewords split evenly into its blocks, give or take one data codeword.
    @Test(arguments: QRCode.Correction.allCases)
    func blocksAddUpToTheTotal(correction: QRCode.Correction) {
        for number in 1...40 {
            let version = QRVersion(number)
            let blocks = version.blockCount(correction)
            let data = version.dataCodewordCount(correction)
            #expect(data + blocks * version.correctionCodewordsPerBlock(correction) == version.totalCodewordCount)
            #expect(data / blocks > 0, "version \(number)")
        }
    }

    @Test func alignmentPositionsMatchTableE1() {
        #expect(QRVersion(1).alignmentPositions.isEmpty)
        for (offset, expected) in Self.alignmentPositions.enumerated() {
            #expect(QRVersion(offset + 2).alignmentPositions == expected, "version \(offset + 2)")
        }
    }

    @Test func codewordTotalsOfSomeVersions() {
        // ISO/IEC 18004 table 1.
        #expect(QRVersion(1).totalCodewordCount == 26)
        #expect(QRVersion(7).totalCodewordCount == 196)
        #expect(QRVersion(10).totalCodewordCount == 346)
        #expect(QRVersion(40).totalCodewordCount == 3706)
        #expect(QRVersion(40).size == 177)
    }

    /// The smallest version that fits is chosen: the last byte that fits stays in a version, one more
    /// moves to the next.
    @Test(arguments: [1, 2, 6, 7, 9, 10])
    func smallestVersionThatFits(version: Int) throws {
        for correction in QRCode.Correction.allCases {
            let capacity = try #require(Self.byteCapacities[correction])[version - 1]
            let full = try QRCode(bytes: [UInt8](repeating: 0x30, count: capacity), correction: correction)
            let over = try QRCode(bytes: [UInt8](repeating: 0x30, count: capacity + 1), correction: correction)
            #expect(full.version == version)
            #expect(over.version == version + 1)
        }
    }

    @Test func emptyDataMakesAVersion1Code() throws {
        let code = try QRCode(bytes: [])
        #expect(code.version == 1)
        #expect(code.size == 21)
    }

    @Test func tooLongDataThrows() throws {
        let largest = try QRCode(bytes: [UInt8](repeating: 0x41, count: 2953), correction: .low)
        #expect(largest.version == 40)
        #expect(largest.size == 177)
        #expect(throws: QRCodeError.dataTooLong(byteCount: 2954, maximum: 2953)) {
            try QRCode(bytes: [UInt8](repeating: 0x41, count: 2954), correction: .low)
        }
        #expect(throws: QRCodeError.dataTooLong(byteCount: 1274, maximum: 1273)) {
            try QRCode(text: String(repeating: "a", count: 1274), correction: .high)
        }
        // Cyrillic letters take two bytes each: the limit is on bytes, not characters.
        #expect(throws: QRCodeError.dataTooLong(byteCount: 2400, maximum: 2331)) {
            try QRCode(text: String(repeating: "ж", count: 1200))
        }
    }
}
