/// Turns data into the final sequence of codewords placed in the symbol: the byte-mode segment,
/// terminator and padding, split into blocks, each with its error correction, then interleaved
/// (ISO/IEC 18004 sections 7.4 to 7.6).
enum QRCodewords {
    /// The pad bytes that fill unused data capacity, alternating.
    private static let padBytes: [UInt8] = [0xEC, 0x11]

    /// The data codewords for `bytes` in byte mode, padded to the capacity of the version and level.
    /// The caller makes sure the bytes fit.
    static func data(for bytes: [UInt8], version: QRVersion, correction: QRCode.Correction) -> [UInt8] {
        let capacity = version.dataCodewordCount(correction)
        var buffer = QRBitBuffer(capacity: capacity)
        buffer.append(0b0100, bits: 4)  // byte mode
        buffer.append(bytes.count, bits: version.byteCountBits)
        buffer.append(bytes: bytes)
        let capacityBits = capacity * 8
        precondition(buffer.count <= capacityBits, "data does not fit the chosen version")
        buffer.append(0, bits: min(4, capacityBits - buffer.count))  // terminator
        buffer.append(0, bits: (8 - buffer.count % 8) % 8)  // up to a whole byte
        var codewords = buffer.bytes
        var pad = 0
        while codewords.count < capacity {
            codewords.append(padBytes[pad])
            pad ^= 1
        }
        return codewords
    }

    /// The data codewords split into blocks, each followed by its error correction, interleaved in
    /// the order they are placed in the symbol.
    static func interleaved(data: [UInt8], version: QRVersion, correction: QRCode.Correction) -> [UInt8] {
        let blockCount = version.blockCount(correction)
        let correctionLength = version.correctionCodewordsPerBlock(correction)
        let total = version.totalCodewordCount
        precondition(data.count == total - blockCount * correctionLength, "wrong number of data codewords")

        // The first blocks are one data codeword shorter than the last ones.
        let longBlockCount = total % blockCount
        let shortBlockCount = blockCount - longBlockCount
        let shortDataLength = total / blockCount - correctionLength
        let coder = QRReedSolomon(degree: correctionLength)

        var dataBlocks: [ArraySlice<UInt8>] = []
        var correctionBlocks: [[UInt8]] = []
        dataBlocks.reserveCapacity(blockCount)
        correctionBlocks.reserveCapacity(blockCount)
        var start = 0
        for block in 0..<blockCount {
            let length = shortDataLength + (block < shortBlockCount ? 0 : 1)
            let slice = data[start..<(start + length)]
            dataBlocks.append(slice)
            correctionBlocks.append(coder.remainder(of: slice))
            start += length
        }

        var result: [UInt8] = []
        result.reserveCapacity(total)
        for index in 0...shortDataLength {
            for block in dataBlocks where index < block.count {
                result.append(block[block.startIndex + index])
            }
        }
        for index in 0..<correctionLength {
            for block in correctionBlocks {
                result.append(block[index])
            }
        }
        return result
    }
}
