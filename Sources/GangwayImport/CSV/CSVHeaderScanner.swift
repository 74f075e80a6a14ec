import GangwayCore

/// Finds a file's header line (the first line with any text) and its delimiter, during the first pass
/// over the bytes and before the delimiter is known.
///
/// The delimiter is the candidate (`;`, `,`, TAB) counted most often outside quotes on the header line;
/// ties go to `;`, then `,`, then TAB, and a header with none of them is a single-column file read with
/// `;`. A quote opens a quoted field when it is the first byte of the line or follows a candidate, the
/// same rule the tokenizer applies once the delimiter is chosen. A line is blank when it holds nothing
/// but spaces, tabs, candidates and the quotes of empty quoted fields; blank lines before the header
/// are skipped. A leading UTF-8 byte order mark is skipped.
struct CSVHeaderScanner {
    /// Where the header line starts and which delimiter it uses.
    struct Header: Equatable {
        var delimiter: CSVDelimiter
        /// Byte offset of the header line's first byte (after any byte order mark).
        var offset: Int
        /// Physical line of the header (1-based).
        var line: Int
    }

    private enum State {
        case fieldStart
        case unquoted
        case quoted
        case quoteInQuoted
    }

    private static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    /// The header, once its line is complete (or the input has ended).
    private(set) var header: Header?
    /// True once the header line is complete: later bytes need not be scanned.
    private(set) var isDone = false
    /// True when the input starts with the UTF-8 byte order mark.
    private(set) var hasByteOrderMark = false

    private var state = State.fieldStart
    /// Absolute offset of the next byte.
    private var offset = 0
    private var line = 1
    private var lineStartOffset = 0
    private var lineStartLine = 1
    private var hasText = false
    private var counts = [0, 0, 0]
    private var skipLineFeed = false
    private var byteOrderMarkPossible = true

    /// Scans the next chunk of input; does nothing once the header is found.
    mutating func scan(_ bytes: UnsafeBufferPointer<UInt8>) {
        for byte in bytes {
            if isDone { return }
            scan(byte)
            offset += 1
        }
    }

    /// Ends the input: a last header line without a line break still counts.
    mutating func finish() {
        guard !isDone else { return }
        if byteOrderMarkPossible, offset > 0 {
            // A cut-off byte order mark (`EF` or `EF BB` alone) is text.
            hasText = true
            lineStartOffset = 0
        }
        if hasText {
            complete()
        }
        isDone = true
    }

    private mutating func scan(_ byte: UInt8) {
        if byteOrderMarkPossible {
            if offset < 3, byte == Self.byteOrderMark[offset] {
                if offset == 2 {
                    hasByteOrderMark = true
                    byteOrderMarkPossible = false
                    lineStartOffset = 3
                }
                return
            }
            byteOrderMarkPossible = false
            if offset > 0 {
                // The bytes that looked like the start of a byte order mark are text after all.
                hasText = true
            }
        }
        if skipLineFeed {
            skipLineFeed = false
            if byte == CSVByte.lineFeed {
                if state == .fieldStart { lineStartOffset = offset + 1 }
                return
            }
        }
        switch state {
        case .fieldStart, .unquoted:
            if let index = Self.candidateIndex(byte) {
                counts[index] += 1
                state = .fieldStart
            } else if byte == CSVByte.carriageReturn || byte == CSVByte.lineFeed {
                endLine(byte)
            } else if byte == CSVByte.quote, state == .fieldStart {
                state = .quoted
            } else {
                noteText(byte)
                state = .unquoted
            }
        case .quoted:
            if byte == CSVByte.quote {
                state = .quoteInQuoted
            } else {
                if byte == CSVByte.carriageReturn || byte == CSVByte.lineFeed {
                    line += 1
                    skipLineFeed = byte == CSVByte.carriageReturn
                }
                noteText(byte)
            }
        case .quoteInQuoted:
            if byte == CSVByte.quote {
                hasText = true
                state = .quoted
            } else if let index = Self.candidateIndex(byte) {
                counts[index] += 1
                state = .fieldStart
            } else if byte == CSVByte.carriageReturn || byte == CSVByte.lineFeed {
                endLine(byte)
            } else {
                noteText(byte)
                state = .unquoted
            }
        }
    }

    private mutating func noteText(_ byte: UInt8) {
        if !CSVByte.isBlank(byte) {
            hasText = true
        }
    }

    private mutating func endLine(_ byte: UInt8) {
        if hasText {
            complete()
            isDone = true
            return
        }
        state = .fieldStart
        counts = [0, 0, 0]
        line += 1
        lineStartOffset = offset + 1
        lineStartLine = line
        skipLineFeed = byte == CSVByte.carriageReturn
    }

    private mutating func complete() {
        var delimiter = CSVDelimiter.semicolon
        var best = 0
        for (index, candidate) in CSVDelimiter.allCases.enumerated() where counts[index] > best {
            best = counts[index]
            delimiter = candidate
        }
        header = Header(delimiter: delimiter, offset: lineStartOffset, line: lineStartLine)
    }

    private static func candidateIndex(_ byte: UInt8) -> Int? {
        switch byte {
        case CSVDelimiter.semicolon.byte: return 0
        case CSVDelimiter.comma.byte: return 1
        case CSVDelimiter.tab.byte: return 2
        default: return nil
        }
    }
}
