/// A masked copy of a ``QRMatrix`` packed into bits, row by row and column by column, so that a mask
/// can be scored a whole run or 64 modules at a time rather than module by module.
struct QRBitGrid: Sendable {
    /// The width and height in modules.
    let size: Int
    /// How many 64-bit words hold one row or column.
    private let wordsPerLine: Int
    /// Row y, module x is bit `x % 64` of word `y * wordsPerLine + x / 64`; 1 is dark. Bits past the
    /// end of a line are 0.
    private let rows: [UInt64]
    /// Column x, module y is bit `y % 64` of word `x * wordsPerLine + y / 64`.
    private let columns: [UInt64]

    /// Packs `matrix` as it would look with `mask` applied to its data modules.
    init(_ matrix: QRMatrix, mask: QRMask) {
        let size = matrix.size
        let wordsPerLine = (size + 63) / 64
        let modules = matrix.modules
        let isFunction = matrix.isFunction
        var rows = [UInt64](repeating: 0, count: size * wordsPerLine)
        for y in 0..<size {
            var word: UInt64 = 0
            for x in 0..<size {
                let index = y * size + x
                let flipped = mask.flips(x: x, y: y) && !isFunction[index]
                word |= (modules[index] != flipped ? 1 : 0) << UInt64(x & 63)
                if x & 63 == 63 || x == size - 1 {
                    rows[y * wordsPerLine + x >> 6] = word
                    word = 0
                }
            }
        }
        var columns = [UInt64](repeating: 0, count: size * wordsPerLine)
        for x in 0..<size {
            let rowWord = x >> 6
            let shift = UInt64(x & 63)
            var word: UInt64 = 0
            for y in 0..<size {
                word |= (rows[y * wordsPerLine + rowWord] >> shift & 1) << UInt64(y & 63)
                if y & 63 == 63 || y == size - 1 {
                    columns[x * wordsPerLine + y >> 6] = word
                    word = 0
                }
            }
        }
        self.size = size
        self.wordsPerLine = wordsPerLine
        self.rows = rows
        self.columns = columns
    }

    /// The penalty score (ISO/IEC 18004 section 7.8.3). It adds up:
    /// - 3 for each run of 5 same-colour modules in a row or column, plus 1 for each module beyond 5;
    /// - 3 for each 2×2 block of one colour (blocks may overlap);
    /// - 40 for each dark-light-dark-light-dark run in the ratio 1:1:3:1:1 with a light area 4 units
    ///   wide before or after it, in a row or column (the area outside the code counts as light);
    /// - 10 for each full 5% that the share of dark modules is away from 50%.
    ///
    /// The finder-like rule follows the widely used reading of the standard in Nayuki's QR Code
    /// generator, so that the chosen mask can be checked against it.
    var penaltyScore: Int {
        var score = 0
        var history = QRRunHistory(quietZone: size)
        for line in 0..<size {
            score += Self.runScore(of: rows, line: line * wordsPerLine, length: size, history: &history)
            score += Self.runScore(of: columns, line: line * wordsPerLine, length: size, history: &history)
        }
        score += 3 * sameColourBlockCount

        var dark = 0
        for word in rows { dark += word.nonzeroBitCount }
        let total = size * size
        let steps = (abs(dark * 20 - total * 10) + total - 1) / total - 1
        return score + steps * 10
    }

    /// How many 2×2 blocks are all dark or all light.
    private var sameColourBlockCount: Int {
        var count = 0
        for y in 0..<(size - 1) {
            let top = y * wordsPerLine
            let bottom = top + wordsPerLine
            for word in 0..<wordsPerLine {
                // Bit x is set where module x matches module x + 1 (across), and where the top and
                // bottom rows match (down); a block at x needs all three.
                let across = ~(rows[top + word] ^ shiftedDown(rows, line: top, word: word))
                let acrossBelow = ~(rows[bottom + word] ^ shiftedDown(rows, line: bottom, word: word))
                let down = ~(rows[top + word] ^ rows[bottom + word])
                count += (across & acrossBelow & down & blockStarts(word: word)).nonzeroBitCount
            }
        }
        return count
    }

    /// Word `word` of a line moved down by one bit, so that bit x holds module x + 1.
    private func shiftedDown(_ lines: [UInt64], line: Int, word: Int) -> UInt64 {
        let next = word + 1 < wordsPerLine ? lines[line + word + 1] << 63 : 0
        return lines[line + word] >> 1 | next
    }

    /// The bits of word `word` where a 2×2 block can start: every module but the last of a line.
    private func blockStarts(word: Int) -> UInt64 {
        let remaining = size - 1 - word * 64
        return remaining >= 64 ? ~0 : (1 << UInt64(remaining)) - 1
    }

    /// The score of one row or column for same-colour runs and finder-like patterns, walking it a run
    /// at a time. The line starts at word `line` of `lines` and is `length` modules long.
    private static func runScore(of lines: [UInt64], line: Int, length: Int, history: inout QRRunHistory) -> Int {
        var score = 0
        history.reset()
        var position = 0
        var dark = lines[line] & 1 == 1
        if dark { history.add(0) }  // the line starts with the light area outside the code
        while true {
            let end = runEnd(in: lines, line: line, from: position, dark: dark, length: length)
            let runLength = end - position
            if runLength >= 5 { score += runLength - 2 }
            if end == length {
                // Close the line: the light area outside the code extends the last light run.
                if dark {
                    history.add(runLength)
                    history.add(length)
                } else {
                    history.add(runLength + length)
                }
                return score + history.finderLikeCount * 40
            }
            history.add(runLength)
            if !dark { score += history.finderLikeCount * 40 }
            position = end
            dark.toggle()
        }
    }

    /// Where the run that starts at `start` ends: the first module of the other colour, or `length`.
    private static func runEnd(in lines: [UInt64], line: Int, from start: Int, dark: Bool, length: Int) -> Int {
        var position = start
        while position < length {
            let offset = position & 63
            let word = lines[line + position >> 6]
            // Ones where the module has the run's colour, from `position` on.
            let sameColour = (dark ? word : ~word) >> UInt64(offset)
            let run = (~sameColour).trailingZeroBitCount
            let available = 64 - offset
            if run < available { return min(position + run, length) }
            position += available
        }
        return length
    }
}
