/// The geometry and capacity of one QR code version (1 to 40).
struct QRVersion: Sendable, Equatable {
    /// The smallest version.
    static let minimum = 1
    /// The largest version.
    static let maximum = 40

    /// The version number, 1 to 40.
    let number: Int

    /// Creates a version; the number must be between 1 and 40.
    init(_ number: Int) {
        precondition((Self.minimum...Self.maximum).contains(number), "QR versions run from 1 to 40")
        self.number = number
    }

    /// The width and height of the code in modules, without the quiet zone.
    var size: Int { number * 4 + 17 }

    /// The centre coordinates of the alignment patterns along one axis (ISO/IEC 18004 annex E). A
    /// pattern sits at every pair of these, except where it would overlap a finder pattern.
    var alignmentPositions: [Int] {
        if number == 1 { return [] }
        let count = number / 7 + 2
        let step = (number * 8 + count * 3 + 5) / (count * 4 - 4) * 2
        var positions = [6]
        var position = size - 7
        var tail: [Int] = []
        for _ in 1..<count {
            tail.append(position)
            position -= step
        }
        positions.append(contentsOf: tail.reversed())
        return positions
    }

    /// How many modules are left for data and error correction once all function patterns and the
    /// format and version information are placed. It may not be a multiple of 8: the rest are
    /// remainder bits.
    var rawDataModuleCount: Int {
        var count = (16 * number + 128) * number + 64
        if number >= 2 {
            let alignments = number / 7 + 2
            count -= (25 * alignments - 10) * alignments - 55
            if number >= 7 { count -= 36 }
        }
        return count
    }

    /// How many 8-bit codewords the code holds, data and error correction together.
    var totalCodewordCount: Int { rawDataModuleCount / 8 }

    /// How many error correction codewords each block carries at a level.
    func correctionCodewordsPerBlock(_ correction: QRCode.Correction) -> Int {
        QRBlockTable.correctionCodewordsPerBlock[correction.tableIndex][number]
    }

    /// How many blocks the codewords are split into at a level.
    func blockCount(_ correction: QRCode.Correction) -> Int {
        QRBlockTable.blockCount[correction.tableIndex][number]
    }

    /// How many data codewords fit at a level.
    func dataCodewordCount(_ correction: QRCode.Correction) -> Int {
        totalCodewordCount - correctionCodewordsPerBlock(correction) * blockCount(correction)
    }

    /// The width of the character count field in byte mode: 8 bits up to version 9, 16 bits after.
    var byteCountBits: Int { number <= 9 ? 8 : 16 }

    /// How many bytes fit in byte mode at a level, after the 4-bit mode indicator and the count.
    func byteCapacity(_ correction: QRCode.Correction) -> Int {
        (dataCodewordCount(correction) * 8 - 4 - byteCountBits) / 8
    }

    /// The smallest version that holds `byteCount` bytes at a level, or `nil` if none does.
    static func smallest(holding byteCount: Int, correction: QRCode.Correction) -> QRVersion? {
        for number in minimum...maximum {
            let version = QRVersion(number)
            if version.byteCapacity(correction) >= byteCount { return version }
        }
        return nil
    }
}
