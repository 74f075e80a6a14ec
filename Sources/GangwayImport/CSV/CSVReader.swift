import Foundation
import GangwayCore

/// Streams the rows of an operator's CSV file, following formats.md ("CSV, general rules"), with memory
/// bounded by the chunk size (64 KiB), one field (`maxFieldBytes`) and one record (`maxFields` fields).
///
/// Reading takes two passes over the bytes:
/// 1. While the reader is created, the whole file is checked as UTF-8, which decides its
///    ``encoding`` (valid UTF-8, with or without byte order mark, or else Windows-1251), and its
///    first line with any text is taken as the ``header``, whose most frequent delimiter outside quotes
///    (`;`, `,` or TAB; ties in that order; none: `;`) becomes the ``delimiter``.
/// 2. The header record and then each call to ``nextRow()`` parse from there, RFC 4180 style.
///
/// What the reader does with the text:
/// - Quoted fields may hold the delimiter, line breaks (kept as written) and `""` for a quote. CRLF, LF
///   and a lone CR end lines; the last line needs no line break.
/// - Fields are not trimmed. A quote opens a quoted field only as the field's first byte; elsewhere it
///   is text, as in Excel.
/// - Every row carries the physical line where it starts, so quoted line breaks move later rows' lines
///   on. Columns in problems are 1-based field numbers.
/// - Blank records (every field empty or only spaces and tabs) are skipped, before the header too.
/// - After the header, a record whose first field starts with `#` (after any spaces) is a comment and is
///   skipped. The header itself is the first non-blank line even when it starts with `#`, as
///   formats.md says; a comment above the header therefore becomes the header and fails validation.
/// - Malformed text is reported in ``problems`` and reading goes on, keeping what it can: a stray
///   text after a closing quote, a field or a record over its limit, a quote still open at the end.
/// - Only creating the reader throws (opening the file, the first pass, reading the header); a read
///   failure later on ends ``nextRow()`` and is reported (see ``readError``).
///
/// Rows may hold more or fewer fields than the header; matching them to columns is the caller's job.
/// A reader is used from one task at a time.
public final class CSVReader {
    public static let defaultMaxFieldBytes = 1 << 20
    public static let defaultMaxFields = 10_000

    /// The name used in problem locations.
    public let fileName: String
    /// The encoding decided for the whole file.
    public let encoding: CSVEncoding
    /// The delimiter detected from the header line (`;` for a file without a header).
    public let delimiter: CSVDelimiter
    /// The first non-blank record, or nil when the file has none (empty, or only blank lines).
    public private(set) var header: CSVRow?
    /// Every problem met so far, in the order met, each located at `file:line[:column]`.
    public var problems: [ImportProblem] { encodingProblems + tokenizer.problems }
    /// Why ``nextRow()`` stopped before the end of the file, if it did: a failure of the machine (worth
    /// a retry), not of the operator's data. It is also among the ``problems``.
    public private(set) var readError: CSVReaderError?

    private var source: CSVByteSource
    private var tokenizer: CSVTokenizer
    private let encodingProblems: [ImportProblem]
    /// The file's length as the first pass saw it.
    private let byteCount: Int
    /// The offset of the end of `chunk` within the file.
    private var position: Int
    private var chunk = Data()
    private var chunkIndex = 0
    private var finished = false

    /// Opens a file and runs the first pass (encoding, header, delimiter) and reads the header.
    /// - Parameters:
    ///   - url: A file URL.
    ///   - fileName: The name problems are located in, usually the file's name in the inbox.
    ///   - maxFieldBytes: The longest field kept, in bytes (at least 1); longer ones are cut and reported.
    ///   - maxFields: The most fields kept per record (at least 1); extra ones are dropped and reported.
    /// - Throws: When the file cannot be opened or read; malformed text is a ``problems`` entry.
    public convenience init(
        url: URL, fileName: String, maxFieldBytes: Int = defaultMaxFieldBytes, maxFields: Int = defaultMaxFields
    ) throws(CSVReaderError) {
        try self.init(
            source: CSVByteSource(url: url), fileName: fileName, maxFieldBytes: maxFieldBytes, maxFields: maxFields)
    }

    /// Reads bytes already in memory, through the same code path (and chunking) as a file.
    public convenience init(
        data: Data, fileName: String, maxFieldBytes: Int = defaultMaxFieldBytes, maxFields: Int = defaultMaxFields
    ) throws(CSVReaderError) {
        try self.init(
            source: CSVByteSource(data: data, name: fileName), fileName: fileName, maxFieldBytes: maxFieldBytes,
            maxFields: maxFields)
    }

    init(source: CSVByteSource, fileName: String, maxFieldBytes: Int, maxFields: Int) throws(CSVReaderError) {
        var source = source
        let firstPass = try Self.firstPass(over: &source)
        var encodingProblems: [ImportProblem] = []
        if firstPass.encoding == .windows1251, firstPass.hasByteOrderMark,
            let offset = firstPass.firstInvalidOffset
        {
            let line = try Self.line(ofOffset: offset, in: &source)
            let problem = CSVProblem.invalidUTF8AfterByteOrderMark
            encodingProblems.append(
                ImportProblem(problem.severity, at: SourceLocation(file: fileName, line: line), problem))
        }
        let header = firstPass.header
        self.fileName = fileName
        self.encoding = firstPass.encoding
        self.delimiter = header?.delimiter ?? .semicolon
        self.encodingProblems = encodingProblems
        self.byteCount = firstPass.byteCount
        self.tokenizer = CSVTokenizer(
            delimiter: delimiter, encoding: encoding, fileName: fileName, firstLine: header?.line ?? 1,
            maxFieldBytes: max(1, maxFieldBytes), maxFields: max(1, maxFields))
        self.position = header?.offset ?? firstPass.byteCount
        self.source = source
        guard let header else {
            finish()
            return
        }
        try self.source.seek(to: header.offset)
        self.header = try nextRecord()
        tokenizer.commentsEnabled = true
    }

    /// The next data row, skipping blank and comment records, or nil at the end of the file.
    ///
    /// Should reading fail halfway (an I/O error, or the file changed since the first pass), reading
    /// stops: the failure is kept in ``readError`` and reported in ``problems`` as an error, so a
    /// caller that only looks at the problems still never takes a cut-off file for a whole one.
    public func nextRow() -> CSVRow? {
        do {
            return try nextRecord()
        } catch {
            finish()
            readError = error
            let problem: CSVProblem
            switch error {
            case .changedWhileReading:
                problem = .changedWhileReading
            case .cannotOpen(_, let reason), .cannotRead(_, let reason):
                problem = .readFailed(reason: reason)
            }
            tokenizer.report(problem, line: tokenizer.currentLine, column: nil)
            return nil
        }
    }

    private func nextRecord() throws(CSVReaderError) -> CSVRow? {
        while !finished {
            if chunkIndex >= chunk.count {
                guard let next = try source.nextChunk() else {
                    finish()
                    guard position == byteCount else { throw .changedWhileReading(path: fileName) }
                    return tokenizer.finish()
                }
                position += next.count
                guard position <= byteCount else {
                    finish()
                    throw .changedWhileReading(path: fileName)
                }
                chunk = next
                chunkIndex = 0
            }
            let current = chunk
            let start = chunkIndex
            let (next, row) = current.withUnsafeBytes { raw in
                tokenizer.scan(raw.bindMemory(to: UInt8.self), from: start)
            }
            chunkIndex = next
            if let row { return row }
        }
        return nil
    }

    private func finish() {
        finished = true
        chunk = Data()
        source.close()
    }

    /// What the first pass learns about the whole file.
    private struct FirstPass {
        var encoding: CSVEncoding
        var hasByteOrderMark: Bool
        var firstInvalidOffset: Int?
        var header: CSVHeaderScanner.Header?
        var byteCount: Int
    }

    private static func firstPass(over source: inout CSVByteSource) throws(CSVReaderError) -> FirstPass {
        var validator = UTF8Validator()
        var scanner = CSVHeaderScanner()
        var byteCount = 0
        while let chunk = try source.nextChunk() {
            byteCount += chunk.count
            chunk.withUnsafeBytes { raw in
                validator.feed(raw)
                if !scanner.isDone {
                    scanner.scan(raw.bindMemory(to: UInt8.self))
                }
            }
        }
        validator.finish()
        scanner.finish()
        let encoding: CSVEncoding =
            validator.isValid ? (scanner.hasByteOrderMark ? .utf8BOM : .utf8) : .windows1251
        return FirstPass(
            encoding: encoding, hasByteOrderMark: scanner.hasByteOrderMark,
            firstInvalidOffset: validator.firstInvalidOffset, header: scanner.header, byteCount: byteCount)
    }

    /// The physical line holding the byte at `offset`, found by reading from the start again (only
    /// needed for a rare warning).
    private static func line(ofOffset offset: Int, in source: inout CSVByteSource) throws(CSVReaderError) -> Int {
        try source.seek(to: 0)
        var line = 1
        var position = 0
        var previous: UInt8 = 0
        while position < offset, let chunk = try source.nextChunk() {
            for byte in chunk.prefix(offset - position) {
                if byte == CSVByte.carriageReturn || (byte == CSVByte.lineFeed && previous != CSVByte.carriageReturn) {
                    line += 1
                }
                previous = byte
                position += 1
            }
        }
        return line
    }
}
