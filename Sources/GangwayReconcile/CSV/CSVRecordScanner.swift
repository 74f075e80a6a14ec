/// Splits `;`-separated bytes into records as chunks arrive (RFC 4180: quoted fields may hold `;`,
/// `""` and line breaks; records end with CRLF, LF or CR; a last record needs no line break).
///
/// Bytes are kept only from the start of the record in progress: each chunk is appended, complete
/// records are handed out as field ranges over the buffer (see ``CSVRecord``), and the unfinished tail
/// moves to the front before the next chunk. A record longer than ``maxRecordBytes`` is refused, which
/// bounds memory even for a stray quote in a huge file.
struct CSVRecordScanner {
    static let maxRecordBytes = 16 << 20

    private static let semicolon: UInt8 = 0x3B
    private static let quote: UInt8 = 0x22
    private static let lineFeed: UInt8 = 0x0A
    private static let carriageReturn: UInt8 = 0x0D

    private var buffer: [UInt8] = []
    /// Offset in `buffer` of the first byte not yet part of a handed-out record.
    private var consumed = 0
    private var fields: [CSVField] = []
    /// The physical line of the next record.
    private var line = 1
    /// True when the last record ended with CR: a LF right after it belongs to that line break.
    private var skipLineFeed = false

    /// Adds the next chunk of input, dropping what earlier records used.
    mutating func append(_ chunk: [UInt8], skipping prefix: Int = 0) {
        if consumed > 0 {
            buffer.removeSubrange(0..<consumed)
            consumed = 0
        }
        if prefix == 0 {
            buffer.append(contentsOf: chunk)
        } else {
            buffer.append(contentsOf: chunk[prefix...])
        }
    }

    /// Hands every complete record in the buffer to `body`; at the end of input (`atEnd`), the
    /// unfinished tail too.
    mutating func drain(
        encoding: ExportEncoding, atEnd: Bool, _ body: (CSVRecord) throws -> Void
    ) throws {
        let bytes = buffer
        try bytes.withUnsafeBufferPointer { base in
            while consumed < base.count {
                if skipLineFeed {
                    if base[consumed] == Self.lineFeed {
                        consumed += 1
                        skipLineFeed = false
                        continue
                    }
                    skipLineFeed = false
                }
                let recordLine = line
                guard let next = try scanRecord(base, from: consumed, atEnd: atEnd) else {
                    if base.count - consumed > Self.maxRecordBytes {
                        throw ExportError.recordTooLong(.line(recordLine), limit: Self.maxRecordBytes)
                    }
                    return
                }
                consumed = next
                try body(CSVRecord(base: base, fields: fields, encoding: encoding, line: recordLine))
            }
        }
    }

    /// Scans one record starting at `start` into `fields`; returns the offset after it (and its line
    /// break), or nil when the buffer ends inside it and more input is coming.
    private mutating func scanRecord(
        _ base: UnsafeBufferPointer<UInt8>, from start: Int, atEnd: Bool
    ) throws -> Int? {
        fields.removeAll(keepingCapacity: true)
        let end = base.count
        var position = start
        var lineBreaks = 0
        while true {
            let fieldStart = position
            if position < end, base[position] == Self.quote {
                position += 1
                while true {
                    while position < end {
                        let byte = base[position]
                        if byte == Self.quote { break }
                        if byte == Self.lineFeed {
                            lineBreaks += 1
                        } else if byte == Self.carriageReturn, position + 1 < end, base[position + 1] != Self.lineFeed {
                            lineBreaks += 1
                        }
                        position += 1
                    }
                    if position >= end {
                        guard atEnd else { return nil }
                        throw ExportError.unterminatedQuote(.line(line))
                    }
                    if position + 1 < end {
                        if base[position + 1] == Self.quote {
                            position += 2
                            continue
                        }
                    } else if !atEnd {
                        return nil
                    }
                    position += 1
                    break
                }
                // Text after the closing quote is kept, as spreadsheets do.
                while position < end {
                    let byte = base[position]
                    if byte == Self.semicolon || byte == Self.lineFeed || byte == Self.carriageReturn { break }
                    position += 1
                }
                fields.append(CSVField(start: fieldStart, end: position, isQuoted: true))
            } else {
                position = Self.nextStop(base, from: position, end: end)
                fields.append(CSVField(start: fieldStart, end: position, isQuoted: false))
            }
            if position >= end {
                guard atEnd else { return nil }
                line += lineBreaks
                return end
            }
            let stop = base[position]
            position += 1
            if stop == Self.semicolon { continue }
            line += lineBreaks + 1
            skipLineFeed = stop == Self.carriageReturn
            return position
        }
    }

    /// The offset of the first `;`, LF or CR at or after `start` (or `end`), eight bytes at a time: a
    /// byte equal to one of them becomes zero after the XOR, and the classic "has a zero byte" test
    /// marks it (its lowest mark is exact, which is the one used).
    @inline(__always)
    private static func nextStop(_ base: UnsafeBufferPointer<UInt8>, from start: Int, end: Int) -> Int {
        var position = start
        if let address = base.baseAddress {
            let raw = UnsafeRawPointer(address)
            while position + 8 <= end {
                let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: position, as: UInt64.self))
                let mask =
                    zeroBytes(word ^ 0x3B3B_3B3B_3B3B_3B3B) | zeroBytes(word ^ 0x0A0A_0A0A_0A0A_0A0A)
                    | zeroBytes(word ^ 0x0D0D_0D0D_0D0D_0D0D)
                if mask != 0 {
                    return position + mask.trailingZeroBitCount / 8
                }
                position += 8
            }
        }
        while position < end {
            let byte = base[position]
            if byte == semicolon || byte == lineFeed || byte == carriageReturn { break }
            position += 1
        }
        return position
    }

    /// The high bit of every zero byte of `word` set (and possibly some above the lowest zero byte).
    @inline(__always)
    private static func zeroBytes(_ word: UInt64) -> UInt64 {
        (word &- 0x0101_0101_0101_0101) & ~word & 0x8080_8080_8080_8080
    }
}
