import GangwayCore

/// The RFC 4180 state machine behind ``CSVReader``: turns chunks of bytes into records, counting physical
/// lines, with bounded memory (one field's bytes, at most `maxFieldBytes`, and one record's fields, at
/// most `maxFields`).
///
/// Rules, beyond RFC 4180:
/// - CRLF, LF and a lone CR all end a line, inside quotes (kept in the field as written) or outside.
/// - A quote opens a quoted field only as the field's first byte; elsewhere in an unquoted field it is
///   taken literally, as Excel does. After a closing quote, anything but the delimiter or a line end is
///   a ``CSVProblem/textAfterClosingQuote(delimiter:)``; the rest is kept (`"abc"x` gives `abcx`).
/// - Records whose fields hold nothing but spaces, tabs and line breaks are skipped, and so, once
///   `commentsEnabled` is set, are records whose first field starts with `#` after any blanks.
struct CSVTokenizer {
    private enum State {
        /// Between records: line breaks here are empty lines.
        case recordStart
        /// At the start of a field within a record.
        case fieldStart
        case unquoted
        case quoted
        /// Just after a quote inside a quoted field: either half of `""` or the closing quote.
        case quoteInQuoted
    }

    let delimiter: CSVDelimiter
    let encoding: CSVEncoding
    let fileName: String
    let maxFieldBytes: Int
    let maxFields: Int
    /// Whether records starting with `#` are comments; off while the header is read.
    var commentsEnabled = false

    /// Problems found so far, in order.
    private(set) var problems: [ImportProblem] = []

    private var state = State.recordStart
    /// The physical line of the next byte.
    private var line: Int
    /// A CR was just seen, so an LF right after it belongs to the same line break.
    private var skipLineFeed = false
    private var recordLine = 0
    private var fieldLine = 0
    /// The bytes of the field in progress.
    private var field: [UInt8] = []
    private var fieldTruncated = false
    /// Fields ended so far in the record in progress, including dropped ones.
    private var fieldCount = 0
    private var fields: [String] = []
    private var recordHasText = false
    private var recordIsComment = false

    init(
        delimiter: CSVDelimiter, encoding: CSVEncoding, fileName: String, firstLine: Int, maxFieldBytes: Int,
        maxFields: Int
    ) {
        self.delimiter = delimiter
        self.encoding = encoding
        self.fileName = fileName
        self.line = firstLine
        self.maxFieldBytes = maxFieldBytes
        self.maxFields = maxFields
    }

    /// Consumes bytes from `start` until a record worth returning ends or the buffer does. Returns the
    /// index of the first byte not consumed and the record, if one ended.
    mutating func scan(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> (next: Int, row: CSVRow?) {
        let end = bytes.count
        let delimiter = self.delimiter.byte
        var index = start
        while index < end {
            let byte = bytes[index]
            if skipLineFeed {
                skipLineFeed = false
                if byte == CSVByte.lineFeed {
                    if state == .quoted { appendByte(byte) }
                    index += 1
                    continue
                }
            }
            switch state {
            case .recordStart:
                if byte == CSVByte.lineFeed || byte == CSVByte.carriageReturn {
                    lineBreak(byte)
                    index += 1
                } else {
                    recordLine = line
                    state = .fieldStart
                }
            case .fieldStart:
                if byte == CSVByte.quote {
                    state = .quoted
                    fieldLine = line
                    index += 1
                } else if byte == delimiter {
                    endField()
                    index += 1
                } else if byte == CSVByte.lineFeed || byte == CSVByte.carriageReturn {
                    lineBreak(byte)
                    index += 1
                    if let row = endRecord() { return (index, row) }
                } else {
                    fieldLine = line
                    state = .unquoted
                }
            case .unquoted:
                var runEnd = index
                while runEnd < end {
                    let next = bytes[runEnd]
                    if next == delimiter || next == CSVByte.lineFeed || next == CSVByte.carriageReturn { break }
                    runEnd += 1
                }
                let run = UnsafeBufferPointer(rebasing: bytes[index..<runEnd])
                index = runEnd
                guard index < end else {
                    append(run)
                    break
                }
                // The usual case, a whole field within this chunk, is decoded straight from the chunk.
                let whole = field.isEmpty && run.count <= maxFieldBytes
                if whole {
                    noteText(run)
                } else {
                    append(run)
                }
                let stop = bytes[index]
                index += 1
                if stop == delimiter {
                    endField(whole ? run : nil)
                    state = .fieldStart
                } else {
                    lineBreak(stop)
                    if let row = endRecord(whole ? run : nil) { return (index, row) }
                }
            case .quoted:
                var runEnd = index
                while runEnd < end {
                    let next = bytes[runEnd]
                    if next == CSVByte.quote || next == CSVByte.lineFeed || next == CSVByte.carriageReturn { break }
                    runEnd += 1
                }
                if runEnd > index {
                    append(UnsafeBufferPointer(rebasing: bytes[index..<runEnd]))
                    index = runEnd
                    if index == end { break }
                }
                let stop = bytes[index]
                index += 1
                if stop == CSVByte.quote {
                    state = .quoteInQuoted
                } else {
                    appendByte(stop)
                    lineBreak(stop)
                }
            case .quoteInQuoted:
                if byte == CSVByte.quote {
                    appendByte(byte)
                    state = .quoted
                    index += 1
                } else if byte == delimiter {
                    endField()
                    state = .fieldStart
                    index += 1
                } else if byte == CSVByte.lineFeed || byte == CSVByte.carriageReturn {
                    lineBreak(byte)
                    index += 1
                    if let row = endRecord() { return (index, row) }
                } else {
                    report(.textAfterClosingQuote(delimiter: self.delimiter), line: line, column: fieldCount + 1)
                    state = .unquoted
                }
            }
        }
        return (index, nil)
    }

    /// Ends the input: completes the last record (a last line needs no line break) and reports a quoted
    /// field still open.
    mutating func finish() -> CSVRow? {
        switch state {
        case .recordStart:
            return nil
        case .quoted:
            report(.unterminatedQuote(startLine: fieldLine), line: fieldLine, column: fieldCount + 1)
        case .fieldStart, .unquoted, .quoteInQuoted:
            break
        }
        return endRecord()
    }

    /// Counts a line break (CR, LF, or the CR of CRLF) and remembers to swallow the LF of a CRLF.
    @inline(__always)
    private mutating func lineBreak(_ byte: UInt8) {
        line += 1
        skipLineFeed = byte == CSVByte.carriageReturn
    }

    @inline(__always)
    private mutating func appendByte(_ byte: UInt8) {
        withUnsafePointer(to: byte) { append(UnsafeBufferPointer(start: $0, count: 1)) }
    }

    /// Adds bytes to the field in progress, noting whether the record has text or is a comment, and
    /// enforcing the field size limit.
    private mutating func append(_ run: UnsafeBufferPointer<UInt8>) {
        noteText(run)
        if recordIsComment || fieldCount >= maxFields { return }
        let room = maxFieldBytes - field.count
        if run.count <= room {
            field.append(contentsOf: run)
            return
        }
        if room > 0 {
            field.append(contentsOf: UnsafeBufferPointer(rebasing: run[..<room]))
        }
        if !fieldTruncated {
            fieldTruncated = true
            report(.fieldTooLong(limit: maxFieldBytes), line: fieldLine, column: fieldCount + 1)
        }
    }

    /// Notes whether the record has any text yet, and whether that text makes it a comment.
    @inline(__always)
    private mutating func noteText(_ run: UnsafeBufferPointer<UInt8>) {
        guard !recordHasText else { return }
        for byte in run where !CSVByte.isBlank(byte) {
            recordHasText = true
            recordIsComment = commentsEnabled && fieldCount == 0 && byte == CSVByte.hash
            return
        }
    }

    /// Ends the field in progress, whose bytes are `whole` when given (a field found entirely in one
    /// chunk) or else the ones collected in `field`.
    private mutating func endField(_ whole: UnsafeBufferPointer<UInt8>? = nil) {
        if !recordIsComment, fieldCount < maxFields {
            if let whole {
                fields.append(encoding.decode(whole))
            } else {
                let encoding = self.encoding
                fields.append(field.withUnsafeBufferPointer { encoding.decode($0) })
            }
        }
        fieldCount += 1
        if !field.isEmpty {
            field.removeAll(keepingCapacity: true)
        }
        fieldTruncated = false
    }

    /// Ends the last field and the record in progress; returns the record unless it is blank or a comment.
    private mutating func endRecord(_ whole: UnsafeBufferPointer<UInt8>? = nil) -> CSVRow? {
        endField(whole)
        defer {
            state = .recordStart
            fieldCount = 0
            recordHasText = false
            recordIsComment = false
        }
        guard recordHasText, !recordIsComment else {
            fields.removeAll(keepingCapacity: true)
            return nil
        }
        if fieldCount > maxFields {
            report(.tooManyFields(limit: maxFields), line: recordLine, column: maxFields + 1)
        }
        let row = CSVRow(line: recordLine, fields: fields)
        fields = []
        fields.reserveCapacity(row.fields.count)
        return row
    }

    /// The physical line of the next byte to read.
    var currentLine: Int { line }

    mutating func report(_ problem: CSVProblem, line: Int, column: Int?) {
        problems.append(
            ImportProblem(problem.severity, at: SourceLocation(file: fileName, line: line, column: column), problem))
    }
}
