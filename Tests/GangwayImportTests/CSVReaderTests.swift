import Foundation
import GangwayCore
import Testing

@testable import GangwayImport

@Suite
struct CSVReaderTests {
    // MARK: - Fixtures

    @Test
    func excelWindows1251FileIsDecodedWithItsSemicolons() throws {
        let (reader, rows) = try Self.read(fixture: "cp1251-semicolon.csv")
        #expect(reader.encoding == .windows1251)
        #expect(reader.delimiter == .semicolon)
        #expect(reader.header == CSVRow(line: 1, fields: ["pier_id", "name_ru", "name_en", "address_ru"]))
        #expect(
            rows == [
                CSVRow(
                    line: 2,
                    fields: ["dvortsovaya", "Дворцовая пристань", "Palace Pier", "Дворцовая наб., 32; у Эрмитажа"]),
                CSVRow(
                    line: 3,
                    fields: ["anichkov", "Аничков мост — «Фонтанка»", "Anichkov Bridge", "Невский пр., № 39, ёлки"]),
            ])
        #expect(reader.problems.isEmpty)
    }

    @Test
    func utf8ByteOrderMarkIsSkippedAndCommasDetected() throws {
        let (reader, rows) = try Self.read(fixture: "utf8-bom-comma.csv")
        #expect(reader.encoding == .utf8BOM)
        #expect(reader.delimiter == .comma)
        #expect(reader.header?.fields == ["pier_id", "name_ru", "name_zh"])
        #expect(
            rows == [
                CSVRow(line: 2, fields: ["dvortsovaya", "Дворцовая пристань", "宫殿码头"]),
                CSVRow(line: 3, fields: ["anichkov", "Аничков мост, Фонтанка", "阿尼奇科夫桥"]),
            ])
        #expect(reader.problems.isEmpty)
    }

    @Test
    func tabDelimitedFileKeepsSpacesAndItsLastLineNeedsNoBreak() throws {
        let (reader, rows) = try Self.read(fixture: "tab-delimited.csv")
        #expect(reader.encoding == .utf8)
        #expect(reader.delimiter == .tab)
        #expect(reader.header?.fields == ["vessel_id", "name_ru", "kind", "capacity"])
        #expect(
            rows == [
                CSVRow(line: 2, fields: ["moika-1", "Мойка-1", "boat", "80"]),
                CSVRow(line: 3, fields: ["aurora-yacht", " Аврора ", "yacht", "12"]),
            ])
    }

    @Test
    func quotedLineBreaksMoveLaterRowsToTheirPhysicalLines() throws {
        let (reader, rows) = try Self.read(fixture: "quoted-linebreaks.csv")
        #expect(reader.header?.fields == ["product_id", "title_ru", "description_ru", "duration_min"])
        #expect(
            rows == [
                CSVRow(
                    line: 2,
                    fields: [
                        "neva-night", "Ночная Нева",
                        "Первая строка\nвторая строка; с разделителем\nтретья \"в кавычках\"", "90",
                    ]),
                CSVRow(line: 5, fields: ["kronstadt", "Кронштадт", "Одна строка", "240"]),
                CSVRow(line: 6, fields: ["peterhof", "Петергоф", "Фонтаны\r\nи парки", "180"]),
            ])
        #expect(reader.problems.isEmpty)
    }

    @Test
    func unterminatedQuoteIsReportedWhereTheFieldStarts() throws {
        let (reader, rows) = try Self.read(fixture: "unterminated-quote.csv")
        #expect(
            rows == [
                CSVRow(line: 2, fields: ["dvortsovaya", "Дворцовая пристань"]),
                CSVRow(line: 3, fields: ["anichkov", "Аничков мост\nlieutenant-schmidt;Благовещенский мост\n"]),
            ])
        #expect(Self.found(reader) == [Found(.error, line: 3, column: 2, .unterminatedQuote(startLine: 3))])
        #expect(
            reader.problems.map { $0.line(in: .ru) } == [
                "unterminated-quote.csv:3:2: незакрытая кавычка: поле начинается в строке 3 и не закрыто до конца файла"
            ])
        #expect(
            reader.problems.map { $0.line(in: .en) } == [
                "unterminated-quote.csv:3:2: unterminated quote: the field starts on line 3 and is still open at "
                    + "the end of the file"
            ])
    }

    @Test
    func textAfterClosingQuoteIsReportedAndReadingGoesOn() throws {
        let (reader, rows) = try Self.read(fixture: "text-after-closing-quote.csv")
        #expect(
            rows == [
                CSVRow(line: 2, fields: ["dvortsovaya", "Дворцовая пристань"]),
                CSVRow(line: 3, fields: ["anichkov", "Аничков мост"]),
            ])
        #expect(
            Self.found(reader) == [Found(.error, line: 2, column: 2, .textAfterClosingQuote(delimiter: .semicolon))])
    }

    @Test
    func blankAndCommentLinesAreSkipped() throws {
        let (reader, rows) = try Self.read(fixture: "comments-and-blank-lines.csv")
        #expect(reader.encoding == .windows1251)
        #expect(reader.header == CSVRow(line: 3, fields: ["pier_id", "name_ru", "lat"]))
        #expect(
            rows == [
                CSVRow(line: 5, fields: ["dvortsovaya", "Дворцовая пристань", "59.9412"]),
                CSVRow(line: 11, fields: ["anichkov", "Аничков мост", "59.9331"]),
            ])
        #expect(reader.problems.isEmpty)
    }

    @Test
    func byteOrderMarkBeforeWindows1251TextGivesAWarning() throws {
        let (reader, rows) = try Self.read(fixture: "bom-then-cp1251.csv")
        #expect(reader.encoding == .windows1251)
        #expect(reader.header?.fields == ["pier_id", "name_ru"])
        #expect(rows == [CSVRow(line: 2, fields: ["dvortsovaya", "Дворцовая пристань"])])
        #expect(Self.found(reader) == [Found(.warning, line: 2, column: nil, .invalidUTF8AfterByteOrderMark)])
    }

    @Test
    func fileOfBlankLinesHasNoHeaderAndNoRows() throws {
        let (reader, rows) = try Self.read(fixture: "blank-lines-only.csv")
        #expect(reader.header == nil)
        #expect(rows.isEmpty)
        #expect(reader.delimiter == .semicolon)
        #expect(reader.problems.isEmpty)
    }

    @Test(arguments: [
        "cp1251-semicolon.csv", "utf8-bom-comma.csv", "tab-delimited.csv", "quoted-linebreaks.csv",
        "unterminated-quote.csv", "text-after-closing-quote.csv", "comments-and-blank-lines.csv",
        "bom-then-cp1251.csv", "blank-lines-only.csv",
    ])
    func chunkBoundariesDoNotChangeWhatIsRead(fixture: String) throws {
        let (fileReader, fileRows) = try Self.read(fixture: fixture)
        let bytes = try [UInt8](Data(contentsOf: Self.fixtureURL(fixture)))
        for chunkSize in [1, 2, 3, 5, 7, 64] {
            let (reader, rows) = try Self.read(bytes: bytes, fileName: fixture, chunkSize: chunkSize)
            #expect(reader.encoding == fileReader.encoding, "chunk size \(chunkSize)")
            #expect(reader.delimiter == fileReader.delimiter, "chunk size \(chunkSize)")
            #expect(reader.header == fileReader.header, "chunk size \(chunkSize)")
            #expect(rows == fileRows, "chunk size \(chunkSize)")
            #expect(Self.found(reader) == Self.found(fileReader), "chunk size \(chunkSize)")
        }
    }

    @Test(arguments: 0..<100)
    func randomInputReadsTheSameInAnyChunking(seed: Int) throws {
        var generator = CSVEncodingTests.SplitMix64(seed: UInt64(seed))
        let alphabet: [[UInt8]] =
            [[0x61], [0x3B], [0x2C], [0x09], [0x22], [0x22, 0x22], [0x0D], [0x0A], [0x20], [0x23]]
            + [Array("Ж".utf8), [0xC6]]
        var bytes: [UInt8] = []
        for _ in 0..<Int(generator.next() % 200) {
            bytes += alphabet[Int(generator.next() % UInt64(alphabet.count))]
        }
        let (whole, wholeRows) = try Self.read(bytes: bytes, maxFieldBytes: 6, maxFields: 4)
        for chunkSize in [1, 2, 5] {
            let (reader, rows) = try Self.read(bytes: bytes, chunkSize: chunkSize, maxFieldBytes: 6, maxFields: 4)
            #expect(reader.header == whole.header && rows == wholeRows, "chunk size \(chunkSize)")
            #expect(Self.found(reader) == Self.found(whole), "chunk size \(chunkSize)")
        }
    }

    // MARK: - Delimiter

    @Test(arguments: [
        ("a;b;c", CSVDelimiter.semicolon),
        ("a,b,c", .comma),
        ("a\tb\tc", .tab),
        ("a,b;c;d", .semicolon),
        ("a;b,c,d", .comma),
        ("a;b\tc\td", .tab),
        ("a;b,c", .semicolon),
        ("a,b\tc", .comma),
        ("a\tb;c", .semicolon),
        ("pier_id", .semicolon),
        ("\"a,b,c\";d", .semicolon),
        ("a;b\"x,y,z", .comma),
        ("\"name \"\"x,y\"\"\"\tkind", .tab),
        ("\n\r\n;;\n, ,\na,b", .comma),
        ("\u{FEFF}a,b", .comma),
    ])
    func delimiterIsTheMostFrequentOutsideQuotesOnTheHeaderLine(header: String, expected: CSVDelimiter) throws {
        let (reader, _) = try Self.read(header + "\n1;2,3\t4\n")
        #expect(reader.delimiter == expected)
    }

    @Test
    func headerIsTheFirstNonBlankLineWithItsPhysicalLine() throws {
        let (reader, rows) = try Self.read("\n ; \n\"\"\n\"\n\"\nid,name\n1,x\n")
        #expect(reader.header == CSVRow(line: 6, fields: ["id", "name"]))
        #expect(rows == [CSVRow(line: 7, fields: ["1", "x"])])
    }

    // MARK: - Lines and fields

    @Test(arguments: [
        "h1;h2\na;b\n\nc;d\n",
        "h1;h2\r\na;b\r\n\r\nc;d\r\n",
        "h1;h2\ra;b\r\rc;d\r",
        "h1;h2\r\na;b\n\rc;d",
        "h1;h2\na;b\n\nc;d",
    ])
    func everyLineEndingCountsAsOneLine(text: String) throws {
        let (reader, rows) = try Self.read(text)
        #expect(reader.header == CSVRow(line: 1, fields: ["h1", "h2"]))
        #expect(rows == [CSVRow(line: 2, fields: ["a", "b"]), CSVRow(line: 4, fields: ["c", "d"])])
    }

    @Test
    func quoteInsideAnUnquotedFieldIsText() throws {
        let (reader, rows) = try Self.read("a;b;c\n5\" disk;x\"y\"; \"z\"\n")
        #expect(rows == [CSVRow(line: 2, fields: ["5\" disk", "x\"y\"", " \"z\""])])
        #expect(reader.problems.isEmpty)
    }

    @Test
    func emptyFieldsEscapedQuotesAndTrailingDelimitersAreKept() throws {
        let (_, rows) = try Self.read("a;b;c;d\n\"\";\"\"\"\";\"a\"\"b\";\nx;;\"\";\n")
        #expect(
            rows == [
                CSVRow(line: 2, fields: ["", "\"", "a\"b", ""]),
                CSVRow(line: 3, fields: ["x", "", "", ""]),
            ])
    }

    @Test
    func rowsKeepTheirOwnFieldCount() throws {
        let (_, rows) = try Self.read("a;b;c\n1\n1;2;3;4\n")
        #expect(rows.map(\.fields.count) == [1, 4])
    }

    @Test
    func headerStartingWithHashIsStillTheHeader() throws {
        let (reader, rows) = try Self.read("#;pier_id\n1;dvortsovaya\n# comment\n")
        #expect(reader.header?.fields == ["#", "pier_id"])
        #expect(rows == [CSVRow(line: 2, fields: ["1", "dvortsovaya"])])
    }

    @Test
    func onlyAHashAtTheStartOfTheFirstFieldMakesAComment() throws {
        let (_, rows) = try Self.read("a;b\n;#x\nx#;y\n\t#tab-indented;z\n")
        #expect(
            rows == [
                CSVRow(line: 2, fields: ["", "#x"]),
                CSVRow(line: 3, fields: ["x#", "y"]),
            ])
    }

    @Test
    func commentWithAQuotedLineBreakIsOneRecord() throws {
        let (reader, rows) = try Self.read("a;b\n\"# note\nsecond line\";x\nc;d\n")
        #expect(rows == [CSVRow(line: 4, fields: ["c", "d"])])
        #expect(reader.problems.isEmpty)
    }

    // MARK: - Limits

    @Test
    func fieldOverTheLimitIsCutAndReported() throws {
        let (reader, rows) = try Self.read(
            "a;b\n0123456789abc;ok\n\"quoted\nover the limit\";ok\nx;y\n", maxFieldBytes: 8)
        #expect(
            rows == [
                CSVRow(line: 2, fields: ["01234567", "ok"]),
                CSVRow(line: 3, fields: ["quoted\no", "ok"]),
                CSVRow(line: 5, fields: ["x", "y"]),
            ])
        #expect(
            Self.found(reader) == [
                Found(.error, line: 2, column: 1, .fieldTooLong(limit: 8)),
                Found(.error, line: 3, column: 1, .fieldTooLong(limit: 8)),
            ])
    }

    @Test
    func fieldOverTheLimitAcrossChunksIsCutOnce() throws {
        let long = String(repeating: "я", count: 100)
        let (reader, rows) = try Self.read("a\n\(long)\nb\n", maxFieldBytes: 10, chunkSize: 3)
        #expect(rows == [CSVRow(line: 2, fields: ["яяяяя"]), CSVRow(line: 3, fields: ["b"])])
        #expect(Self.found(reader) == [Found(.error, line: 2, column: 1, .fieldTooLong(limit: 10))])
    }

    @Test
    func recordOverTheFieldCountLimitDropsTheExtraFields() throws {
        let (reader, rows) = try Self.read("a;b;c\n1;2;3;4;5\n;;;;;;\n6;7;8\n", maxFields: 3)
        #expect(
            rows == [
                CSVRow(line: 2, fields: ["1", "2", "3"]),
                CSVRow(line: 4, fields: ["6", "7", "8"]),
            ])
        #expect(Self.found(reader) == [Found(.error, line: 2, column: 4, .tooManyFields(limit: 3))])
    }

    // MARK: - Files

    @Test
    func missingFileCannotBeOpened() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("gangway-\(UUID().uuidString).csv")
        #expect(throws: CSVReaderError.cannotOpen(path: url.path, reason: "No such file or directory")) {
            _ = try CSVReader(url: url, fileName: "missing.csv")
        }
    }

    @Test
    func fileGrowingBetweenThePassesIsAnError() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("gangway-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let url = directory.appendingPathComponent("piers.csv")
        try Data("pier_id\ndvortsovaya\n".utf8).write(to: url)

        let reader = try CSVReader(url: url, fileName: "piers.csv")
        let handle = try FileHandle(forWritingTo: url)
        try handle.seekToEnd()
        try handle.write(contentsOf: Data("anichkov\n".utf8))
        try handle.close()

        #expect(Self.rows(of: reader) == [CSVRow(line: 2, fields: ["dvortsovaya"])])
        #expect(reader.readError == .changedWhileReading(path: "piers.csv"))
        #expect(Self.found(reader).map(\.reason) == [.changedWhileReading])
        #expect(reader.nextRow() == nil)
    }

    @Test
    func manyRowsStreamWithTheirLineNumbers() throws {
        var text = "product_id;title_ru;description_ru\r\n"
        for index in 1...20_000 {
            text += "p-\(index);Экскурсия \(index);\"строка 1\nстрока 2\"\r\n"
        }
        let (reader, rows) = try Self.read(text)
        #expect(rows.count == 20_000)
        #expect(rows.last == CSVRow(line: 40_000, fields: ["p-20000", "Экскурсия 20000", "строка 1\nстрока 2"]))
        #expect(reader.problems.isEmpty)
    }

    // MARK: - Problems

    @Test(arguments: [
        (
            CSVProblem.unterminatedQuote(startLine: 12),
            "незакрытая кавычка: поле начинается в строке 12 и не закрыто до конца файла",
            "unterminated quote: the field starts on line 12 and is still open at the end of the file"
        ),
        (
            .textAfterClosingQuote(delimiter: .tab),
            "после закрывающей кавычки ожидался разделитель табуляция или конец строки",
            "expected the delimiter tab or the end of the line after a closing quote"
        ),
        (
            .textAfterClosingQuote(delimiter: .semicolon),
            "после закрывающей кавычки ожидался разделитель «;» или конец строки",
            "expected the delimiter \";\" or the end of the line after a closing quote"
        ),
        (
            .fieldTooLong(limit: 1 << 20),
            "поле длиннее 1 МиБ; остаток поля отброшен",
            "the field is longer than 1 MiB; the rest of it is dropped"
        ),
        (
            .fieldTooLong(limit: 100),
            "поле длиннее 100 байт; остаток поля отброшен",
            "the field is longer than 100 bytes; the rest of it is dropped"
        ),
        (
            .readFailed(reason: "Input/output error"),
            "файл не удалось дочитать (Input/output error); повторите импорт",
            "the file could not be read to the end (Input/output error); run the import again"
        ),
        (
            .changedWhileReading,
            "файл изменился во время чтения; повторите импорт, когда он будет записан полностью",
            "the file changed while it was being read; run the import again once it is complete"
        ),
        (
            .tooManyFields(limit: 10_000),
            "в записи больше 10000 полей; лишние поля отброшены",
            "the record has more than 10000 fields; the extra fields are dropped"
        ),
    ])
    func problemsReadInRussianAndEnglish(problem: CSVProblem, russian: String, english: String) {
        #expect(problem.message(in: .ru) == russian)
        #expect(problem.message(in: .en) == english)
        #expect(problem.severity == .error)
    }

    // MARK: - Helpers

    /// A problem reduced to what the tests compare.
    struct Found: Equatable, CustomStringConvertible {
        var severity: ImportProblem.Severity
        var line: Int?
        var column: Int?
        var reason: CSVProblem?

        init(_ severity: ImportProblem.Severity, line: Int?, column: Int?, _ reason: CSVProblem?) {
            self.severity = severity
            self.line = line
            self.column = column
            self.reason = reason
        }

        var description: String { "\(severity) \(line ?? 0):\(column ?? 0) \(String(describing: reason))" }
    }

    static func found(_ reader: CSVReader) -> [Found] {
        reader.problems.map {
            Found($0.severity, line: $0.location?.line, column: $0.location?.column, $0.reason as? CSVProblem)
        }
    }

    static func fixtureURL(_ name: String) throws -> URL {
        let fixtures = try #require(Bundle.module.url(forResource: "Fixtures", withExtension: nil))
        return fixtures.appendingPathComponent("csv").appendingPathComponent(name)
    }

    static func read(fixture name: String) throws -> (reader: CSVReader, rows: [CSVRow]) {
        let reader = try CSVReader(url: fixtureURL(name), fileName: name)
        return (reader, rows(of: reader))
    }

    static func read(
        _ text: String, maxFieldBytes: Int = CSVReader.defaultMaxFieldBytes,
        maxFields: Int = CSVReader.defaultMaxFields, chunkSize: Int = CSVByteSource.defaultChunkSize
    ) throws -> (reader: CSVReader, rows: [CSVRow]) {
        try read(
            bytes: Array(text.utf8), chunkSize: chunkSize, maxFieldBytes: maxFieldBytes, maxFields: maxFields)
    }

    static func read(
        bytes: [UInt8], fileName: String = "test.csv", chunkSize: Int = CSVByteSource.defaultChunkSize,
        maxFieldBytes: Int = CSVReader.defaultMaxFieldBytes, maxFields: Int = CSVReader.defaultMaxFields
    ) throws -> (reader: CSVReader, rows: [CSVRow]) {
        let source = CSVByteSource(data: Data(bytes), name: fileName, chunkSize: chunkSize)
        let reader = try CSVReader(
            source: source, fileName: fileName, maxFieldBytes: maxFieldBytes, maxFields: maxFields)
        return (reader, rows(of: reader))
    }

    static func rows(of reader: CSVReader) -> [CSVRow] {
        var rows: [CSVRow] = []
        while let row = reader.nextRow() {
            rows.append(row)
        }
        return rows
    }
}
