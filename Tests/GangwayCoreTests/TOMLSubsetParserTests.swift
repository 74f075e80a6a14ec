import GangwayCore
import Testing

@Suite("TOML subset parser")
struct TOMLSubsetParserTests {
    private let parser = TOMLSubsetParser(fileName: "gangway.toml")

    @Test func readsTablesKeysAndEveryValueKind() throws {
        let text = """
            # a comment
            top = "level"

            [database]
            path = "data/gangway.sqlite"   # trailing comment
            busy_timeout_ms = 5_000
            literal = 'C:\\no\\escapes'

            [a.b]
            flag = true
            off = false
            negative = -17
            plus = +5
            zero = 0
            strings = ["ru", 'en', "zh",]
            numbers = [
                1,  # one
                2,
                # a comment line inside
                3,
            ]
            empty = []
            blank = ""
            blank_literal = ''
            hash = "not # a comment"
            """
        let document = try parser.parse(text)
        #expect(
            document.values == [
                "top": .string("level"),
                "database.path": .string("data/gangway.sqlite"),
                "database.busy_timeout_ms": .integer(5000),
                "database.literal": .string("C:\\no\\escapes"),
                "a.b.flag": .boolean(true),
                "a.b.off": .boolean(false),
                "a.b.negative": .integer(-17),
                "a.b.plus": .integer(5),
                "a.b.zero": .integer(0),
                "a.b.strings": .array([.string("ru"), .string("en"), .string("zh")]),
                "a.b.numbers": .array([.integer(1), .integer(2), .integer(3)]),
                "a.b.empty": .array([]),
                "a.b.blank": .string(""),
                "a.b.blank_literal": .string(""),
                "a.b.hash": .string("not # a comment"),
            ]
        )
        #expect(document.tables == ["database": 4, "a.b": 9])
    }

    @Test func recordsTheLineOfEachKey() throws {
        let text = "\n[import]\n\nlist = [\n  1,\n  2,\n]\nafter = 1\n"
        let document = try parser.parse(text)
        #expect(document.entries["import.list"]?.line == 4)
        #expect(document.entries["import.after"]?.line == 8)
    }

    @Test(arguments: [
        (#""quote \" here""#, "quote \" here"),
        (#""back \\ slash""#, "back \\ slash"),
        (#""new\nline""#, "new\nline"),
        (#""tab\there""#, "tab\there"),
        (#""\u00e9\u0416\u4E2D""#, "éЖ中"),
        (#""Москва""#, "Москва"),
        (#"'\n stays'"#, "\\n stays"),
    ])
    func decodesStrings(written: String, expected: String) throws {
        let document = try parser.parse("key = \(written)\n")
        #expect(document.values["key"] == .string(expected))
    }

    @Test(arguments: [
        ("0", 0), ("42", 42), ("-17", -17), ("+5", 5), ("1_000_000", 1_000_000),
        ("9223372036854775807", Int.max), ("-9223372036854775808", Int.min),
    ])
    func readsIntegers(written: String, expected: Int) throws {
        let document = try parser.parse("n = \(written)")
        #expect(document.values["n"] == .integer(expected))
    }

    @Test func acceptsCRLFLineEndingsAndAByteOrderMark() throws {
        let document = try parser.parse("\u{FEFF}[site]\r\nlanguages = [\r\n  \"ru\",\r\n]\r\nx = 1\r\n")
        #expect(document.values == ["site.languages": .array([.string("ru")]), "site.x": .integer(1)])
        #expect(document.entries["site.x"]?.line == 5)
    }

    @Test func acceptsAnEmptyDocument() throws {
        #expect(try parser.parse("").entries.isEmpty)
        #expect(try parser.parse("# only a comment\n\n   \n").entries.isEmpty)
    }

    /// Each case: the text, the line of the error, and words its message must contain.
    @Test(arguments: [
        ("a = 1.5", 1, "floating-point numbers are not supported"),
        ("a = 1e3", 1, "floating-point numbers are not supported"),
        ("a = inf", 1, "floating-point numbers are not supported"),
        ("a = 2024-05-01", 1, "dates and times are not supported"),
        ("a = 10:30", 1, "dates and times are not supported"),
        ("a = 0x1F", 1, "hexadecimal, octal and binary integers are not supported"),
        ("a = 012", 1, "leading zeros are not allowed"),
        ("a = 1__0", 1, "_ must stand between digits"),
        ("a = 10_", 1, "_ must stand between digits"),
        ("a = 99999999999999999999", 1, "integer out of range"),
        ("a = hello", 1, "unquoted text hello; strings must be in quotes"),
        ("a = True", 1, "unquoted text True"),
        ("a = \"abc", 1, "unterminated string"),
        ("a = \"abc\nb = 1", 1, "unterminated string"),
        ("a = 'abc", 1, "unterminated literal string"),
        ("a = \"\"\"x\"\"\"", 1, "multi-line strings"),
        ("a = '''x'''", 1, "multi-line literal strings"),
        (#"a = "\x41""#, 1, #"unsupported escape \x"#),
        (#"a = "\r""#, 1, #"unsupported escape \r"#),
        (#"a = "\u12""#, 1, "exactly four hexadecimal digits"),
        (#"a = "\uD800""#, 1, "not a Unicode scalar value"),
        ("a = \"bell\u{07}\"", 1, "control character U+0007"),
        ("a = { b = 1 }", 1, "inline tables"),
        ("[[a]]", 1, "arrays of tables"),
        ("a.b = 1", 1, "dotted keys are not supported"),
        ("\"a\" = 1", 1, "quoted keys are not supported"),
        ("a 1", 1, "expected = after key \"a\""),
        ("a =", 1, "missing value for key \"a\""),
        ("a = # nothing", 1, "missing value for key \"a\""),
        ("a = 1 2", 1, "unexpected \"2\" after the value of \"a\""),
        ("a = \"x\" y", 1, "after the value of \"a\""),
        ("a = [1, \"x\"]", 1, "only strings or only integers"),
        ("a = [[1]]", 1, "nested arrays are not supported"),
        ("a = [true]", 1, "arrays may hold only strings or integers"),
        ("a = [1 2]", 1, "expected , or ] in the array"),
        ("a = [,]", 1, "expected a value"),
        ("a = [\n1,\n2\n", 4, "unterminated array: missing the closing ] (opened on line 1)"),
        ("[a", 1, "expected ] to close the table header"),
        ("[]", 1, "expected a key"),
        ("[a.]", 1, "expected a key"),
        ("[a] x", 1, "unexpected \"x\" after [a]"),
        ("a = 1\rb = 2", 1, "carriage return without a line feed"),
        ("= 1", 1, "unexpected \"=\"; expected a key, a [table] or a comment"),
        ("a\u{A0}= 1", 1, "expected = after key \"a\", found U+00A0"),
        ("# fine\n\n[t]\nok = 1\nbad = yes", 5, "unquoted text yes"),
    ])
    func rejectsWhatIsOutsideTheSubset(text: String, line: Int, message: String) throws {
        let error = #expect(throws: ConfigurationError.self) { try parser.parse(text) }
        guard case .syntax(let file, let errorLine, let errorMessage)? = error else {
            Issue.record("expected a syntax error, got \(String(describing: error))")
            return
        }
        #expect(file == "gangway.toml")
        #expect(errorLine == line)
        #expect(errorMessage.contains(message), "\(errorMessage)")
    }

    @Test func rejectsADuplicateKeyNamingBothLines() {
        let text = "[database]\npath = \"a\"\n\npath = \"b\"\n"
        let error = #expect(throws: ConfigurationError.self) { try parser.parse(text) }
        #expect(error == .duplicateKey(file: "gangway.toml", line: 4, key: "database.path", firstLine: 2))
        #expect(error?.description == "gangway.toml:4: key \"database.path\" is already set on line 2")
    }

    @Test func rejectsADuplicateTable() {
        let text = "[inbox]\npath = \"a\"\n[outbox]\n[inbox]\n"
        let error = #expect(throws: ConfigurationError.self) { try parser.parse(text) }
        #expect(error == .duplicateTable(file: "gangway.toml", line: 4, table: "inbox", firstLine: 1))
    }

    @Test(arguments: [
        "a = 1\n[a]\n",
        "[t]\nb = 1\n[t.b]\n",
        "[t.b]\n[t]\nb = 1\n",
    ])
    func rejectsAKeyThatClashesWithATable(text: String) {
        let error = #expect(throws: ConfigurationError.self) { try parser.parse(text) }
        guard case .syntax(_, _, let message)? = error else {
            Issue.record("expected a syntax error, got \(String(describing: error))")
            return
        }
        #expect(message.contains("clashes with"))
    }

    @Test func valuesPrintBackInTOMLSyntax() {
        let value = ConfigValue.array([.string("a\"b\\c\n"), .string("\u{01}")])
        #expect(value.description == #"["a\"b\\c\n", "\u0001"]"#)
        #expect(ConfigValue.integer(-3).description == "-3")
        #expect(ConfigValue.boolean(true).description == "true")
    }
}
