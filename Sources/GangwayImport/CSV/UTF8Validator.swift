import GangwayCore

/// Checks that a stream of bytes, fed in chunks of any size, is well-formed UTF-8 (Unicode 15, table 3-7:
/// no overlong forms, no surrogates, nothing above U+10FFFF, no sequence cut by the end of input).
/// Memory use is constant; once a bad byte is found the rest of the input is only counted.
struct UTF8Validator {
    /// False from the first ill-formed sequence on.
    private(set) var isValid = true
    /// The byte offset where the first ill-formed sequence starts, once one is found.
    private(set) var firstInvalidOffset: Int?

    /// Bytes fed so far.
    private var consumed = 0
    /// Continuation bytes still expected by the sequence in progress.
    private var pending = 0
    /// Bounds of the next continuation byte (narrower than `80...BF` right after some lead bytes).
    private var lower: UInt8 = 0x80
    private var upper: UInt8 = 0xBF
    /// The offset of the lead byte of the sequence in progress.
    private var sequenceStart = 0

    /// Validates the next chunk of input.
    mutating func feed(_ bytes: UnsafeRawBufferPointer) {
        defer { consumed += bytes.count }
        guard isValid else { return }
        let count = bytes.count
        var index = 0
        while index < count {
            if pending == 0 {
                // ASCII runs, eight bytes at a time.
                while index + 8 <= count,
                    bytes.loadUnaligned(fromByteOffset: index, as: UInt64.self) & 0x8080_8080_8080_8080 == 0
                {
                    index += 8
                }
                guard index < count else { return }
                let byte = bytes[index]
                if byte < 0x80 {
                    index += 1
                    continue
                }
                sequenceStart = consumed + index
                switch byte {
                case 0xC2...0xDF: start(pending: 1, lower: 0x80, upper: 0xBF)
                case 0xE0: start(pending: 2, lower: 0xA0, upper: 0xBF)
                case 0xE1...0xEC, 0xEE...0xEF: start(pending: 2, lower: 0x80, upper: 0xBF)
                case 0xED: start(pending: 2, lower: 0x80, upper: 0x9F)
                case 0xF0: start(pending: 3, lower: 0x90, upper: 0xBF)
                case 0xF1...0xF3: start(pending: 3, lower: 0x80, upper: 0xBF)
                case 0xF4: start(pending: 3, lower: 0x80, upper: 0x8F)
                default:
                    fail()
                    return
                }
            } else {
                let byte = bytes[index]
                guard byte >= lower, byte <= upper else {
                    fail()
                    return
                }
                pending -= 1
                lower = 0x80
                upper = 0xBF
            }
            index += 1
        }
    }

    /// Ends the input: a sequence still waiting for continuation bytes is ill-formed.
    mutating func finish() {
        if isValid, pending > 0 {
            fail()
        }
    }

    private mutating func start(pending: Int, lower: UInt8, upper: UInt8) {
        self.pending = pending
        self.lower = lower
        self.upper = upper
    }

    private mutating func fail() {
        isValid = false
        firstInvalidOffset = sequenceStart
    }
}
