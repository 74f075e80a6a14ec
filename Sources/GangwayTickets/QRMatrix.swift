/// The grid of modules being built for one code, with a note of which modules belong to function
/// patterns (finders, timing, alignment, format and version information) and so must not carry data
/// or be masked.
struct QRMatrix: Sendable {
    /// The width and height in modules.
    let size: Int
    /// Dark (`true`) or light, row by row: the module at column x, row y is at `y * size + x`.
    private(set) var modules: [Bool]
    /// Whether each module is part of a function pattern, laid out like `modules`.
    private(set) var isFunction: [Bool]

    /// A grid for `version` with every function pattern drawn and the format area reserved.
    init(version: QRVersion) {
        size = version.size
        modules = [Bool](repeating: false, count: size * size)
        isFunction = modules
        drawTimingPatterns()
        drawFinderPattern(centerX: 3, centerY: 3)
        drawFinderPattern(centerX: size - 4, centerY: 3)
        drawFinderPattern(centerX: 3, centerY: size - 4)
        drawAlignmentPatterns(positions: version.alignmentPositions)
        drawFormatBits(0)  // reserves the area; the real bits are drawn once the mask is known
        if version.number >= 7 { drawVersionBits(QRFormatInfo.versionBits(version: version.number)) }
    }

    /// Draws the 15 format bits in both of their places, and the dark module beside them.
    mutating func drawFormatBits(_ bits: Int) {
        func bit(_ index: Int) -> Bool { bits >> index & 1 == 1 }
        // Around the top left finder: down column 8, then leftwards along row 8.
        for i in 0...5 { setFunction(x: 8, y: i, dark: bit(i)) }
        setFunction(x: 8, y: 7, dark: bit(6))
        setFunction(x: 8, y: 8, dark: bit(7))
        setFunction(x: 7, y: 8, dark: bit(8))
        for i in 9..<15 { setFunction(x: 14 - i, y: 8, dark: bit(i)) }
        // Split between the top right and bottom left finders.
        for i in 0..<8 { setFunction(x: size - 1 - i, y: 8, dark: bit(i)) }
        for i in 8..<15 { setFunction(x: 8, y: size - 15 + i, dark: bit(i)) }
        setFunction(x: 8, y: size - 8, dark: true)  // the dark module
    }

    /// Places the codewords in the data area in the two-column zigzag from the bottom right corner,
    /// skipping function patterns. Modules left over (the remainder bits) stay light.
    mutating func placeCodewords(_ codewords: [UInt8]) {
        let bitCount = codewords.count * 8
        var bitIndex = 0
        var right = size - 1
        while right >= 1 {
            if right == 6 { right = 5 }  // the vertical timing pattern takes a whole column
            let upward = (right + 1) & 2 == 0
            for step in 0..<size {
                let y = upward ? size - 1 - step : step
                for column in 0..<2 {
                    let index = y * size + right - column
                    if !isFunction[index] && bitIndex < bitCount {
                        modules[index] = codewords[bitIndex >> 3] >> (7 - bitIndex & 7) & 1 == 1
                        bitIndex += 1
                    }
                }
            }
            right -= 2
        }
    }

    /// Flips every data module that `mask` selects. Applying the same mask twice undoes it.
    mutating func apply(_ mask: QRMask) {
        for y in 0..<size {
            for x in 0..<size where !isFunction[y * size + x] && mask.flips(x: x, y: y) {
                modules[y * size + x].toggle()
            }
        }
    }

    private mutating func setFunction(x: Int, y: Int, dark: Bool) {
        modules[y * size + x] = dark
        isFunction[y * size + x] = true
    }

    private mutating func drawTimingPatterns() {
        for i in 0..<size {
            setFunction(x: 6, y: i, dark: i % 2 == 0)
            setFunction(x: i, y: 6, dark: i % 2 == 0)
        }
    }

    /// Draws a 7×7 finder pattern and the light separator around it, clipped to the grid.
    private mutating func drawFinderPattern(centerX: Int, centerY: Int) {
        for dy in -4...4 {
            for dx in -4...4 {
                let x = centerX + dx
                let y = centerY + dy
                guard (0..<size).contains(x), (0..<size).contains(y) else { continue }
                let ring = max(abs(dx), abs(dy))
                setFunction(x: x, y: y, dark: ring != 2 && ring != 4)
            }
        }
    }

    /// Draws a 5×5 alignment pattern at every pair of positions, except the three corners that the
    /// finder patterns take.
    private mutating func drawAlignmentPatterns(positions: [Int]) {
        let last = positions.count - 1
        for (i, centerX) in positions.enumerated() {
            for (j, centerY) in positions.enumerated() {
                if (i == 0 && j == 0) || (i == 0 && j == last) || (i == last && j == 0) { continue }
                for dy in -2...2 {
                    for dx in -2...2 {
                        setFunction(x: centerX + dx, y: centerY + dy, dark: max(abs(dx), abs(dy)) != 1)
                    }
                }
            }
        }
    }

    /// Draws the 18 version bits in their two 6×3 blocks, beside the top right and bottom left finders.
    private mutating func drawVersionBits(_ bits: Int) {
        for i in 0..<18 {
            let dark = bits >> i & 1 == 1
            let a = size - 11 + i % 3
            let b = i / 3
            setFunction(x: a, y: b, dark: dark)
            setFunction(x: b, y: a, dark: dark)
        }
    }
}
