import Foundation
import FoundationXML
import GangwayCore
import Testing

@testable import GangwayImport

// MARK: - Helpers

private enum Fixture {
    static func data(_ name: String) throws -> Data {
        let root = try #require(Bundle.module.url(forResource: "Fixtures", withExtension: nil))
        return try Data(contentsOf: root.appendingPathComponent("xml").appendingPathComponent(name))
    }

    static func text(_ name: String) throws -> String {
        try #require(String(data: try data(name), encoding: .utf8))
    }
}

private func read(_ data: Data, limits: XMLLimits = .init(), fileName: String = "catalog.xml")
    -> (records: [RawRecord], problems: [ImportProblem])
{
    XMLCatalogReader(limits: limits).read(data: data, fileName: fileName)
}

private func read(fixture name: String, limits: XMLLimits = .init()) throws
    -> (records: [RawRecord], problems: [ImportProblem])
{
    read(try Fixture.data(name), limits: limits, fileName: name)
}

private func reasons(_ problems: [ImportProblem]) -> [XMLProblem] {
    problems.compactMap { $0.reason as? XMLProblem }
}

private func lines(_ problems: [ImportProblem]) -> [Int?] {
    problems.map { $0.location?.line }
}

/// `name=value@line` for every field, sorted: one string to compare a whole record against.
private func summary(_ record: RawRecord) -> [String] {
    record.fields.map { "\($0.key)=\($0.value.value)@\($0.value.location.line)" }.sorted()
}

/// A temporary file holding a marker string, standing for a secret on the server's disk.
private struct SecretFile {
    let url: URL
    let marker = "GANGWAY-SECRET-\(UUID().uuidString)"

    init() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("gangway-xxe-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        url = folder.appendingPathComponent("secret.txt")
        try Data(marker.utf8).write(to: url)
    }

    /// The fixture with its `SECRET-FILE-URL` placeholder pointing at this file.
    func attack(_ fixture: String) throws -> Data {
        Data(try Fixture.text(fixture).replacingOccurrences(of: "SECRET-FILE-URL", with: url.absoluteString).utf8)
    }

    func leaks(into problems: [ImportProblem], _ records: [RawRecord] = []) -> Bool {
        let texts =
            problems.flatMap { [$0.line(in: .ru), $0.line(in: .en)] }
            + records.flatMap { $0.fields.values.map(\.value) }
        return texts.contains { $0.contains(marker) }
    }

    func remove() {
        try? FileManager.default.removeItem(at: url.deletingLastPathComponent())
    }
}

// MARK: - The examples of formats.md

@Suite struct XMLFormatsExampleTests {
    @Test func fullExampleFlattensToCSVColumns() throws {
        let (records, problems) = try read(fixture: "full-example.xml")
        #expect(problems.isEmpty)
        #expect(records.map(\.kind) == [.pier, .vessel, .vessel, .product, .promo])
        #expect(records.map(\.location.line) == [2, 6, 9, 11, 15])
        #expect(records.allSatisfy { $0.location.file == "full-example.xml" })
        try #require(records.count == 5)

        #expect(
            summary(records[0]) == [
                "address_ru=Дворцовая наб., 32@4", "lat=59.9412@2", "lon=30.3120@2", "name_en=Palace Pier@3",
                "name_ru=Дворцовая пристань@3", "pier_id=dvortsovaya@2", "timezone=Europe/Moscow@2",
            ])
        #expect(
            summary(records[1]) == [
                "capacity=80@6", "home_pier_id=dvortsovaya@6", "kind=boat@6", "layout_id=moika-80@6",
                "name_ru=Мойка-1@7", "vessel_id=moika-1@6",
            ])
        // A start tag over two lines is located where it begins.
        #expect(
            summary(records[2]) == [
                "capacity=12@9", "charter=yes@9", "charter_hour_price=18000@9", "charter_max_guests=10@9",
                "charter_min_hours=2@9", "kind=yacht@9", "name_ru=Аврора@10", "vessel_id=aurora-yacht@9",
            ])
        #expect(
            summary(records[3]) == [
                "age_min=0@11", "description_ru=…@13", "duration_min=90@11", "kind=excursion@11",
                "product_id=neva-night@11", "summary_ru=…@13", "title_ru=Ночная Нева и разводка мостов@12",
                "title_zh=涅瓦河夜游@12",
            ])
        #expect(
            summary(records[4]) == [
                "code=WHITE-NIGHTS@15", "kind=percent@15", "max_uses=500@15", "products=neva-night@15",
                "valid_from=2027-06-01@15", "valid_to=2027-06-30@15", "value=10@15",
            ])
    }

    @Test func nestedLayoutGivesOneRecordPerSeatAndPerStandingSection() throws {
        let (records, problems) = try read(fixture: "layout-nested.xml")
        #expect(problems.isEmpty)
        #expect(records.map(\.kind) == [.layout, .layout, .layout, .schedule])
        #expect(records.map(\.location.line) == [6, 6, 8, 13])
        try #require(records.count == 4)
        let section = [
            "deck=main@3", "layout_id=meteor-120@2", "section_en=Cabin A@5", "section_id=salon-a@4",
            "section_ru=Салон А@5",
        ]
        #expect(
            summary(records[0])
                == (section + [
                    "category=standard@4", "kind=seat@4", "row=1@6", "seat=1@6", "x=10@6", "y=20@6",
                ]).sorted())
        #expect(
            summary(records[1])
                == (section + [
                    "accessible=yes@6", "category=standard@4", "kind=seat@4", "row=1@6", "seat=2@6", "x=30@6", "y=20@6",
                ]).sorted())
        #expect(
            summary(records[2]) == [
                "capacity=40@8", "category=deck@8", "deck=main@3", "kind=standing@8", "layout_id=meteor-120@2",
                "section_id=open-deck@8", "section_ru=Открытая палуба@9",
            ])
        #expect(
            summary(records[3]) == [
                "date_from=2026-05-01@13", "date_to=2026-09-30@13", "except=2026-06-24@17", "pier_id=dvortsovaya@13",
                "price_adult=1500@15", "price_adult@vip=2500@16", "price_child=900@15", "product_id=neva-night@13",
                "times=23:30 24:30@13", "vessel_id=moika-1@13", "weekdays=1-7@13",
            ])
    }

    @Test func seatCategoryOverridesTheSections() throws {
        let (records, problems) = try read(fixture: "layout-seat-category.xml")
        #expect(problems.isEmpty)
        try #require(records.count == 2)
        #expect(records[0]["category"] == "vip")
        #expect(records[0].location(of: "category").line == 7)
        #expect(records[0]["accessible"] == "no")
        #expect(records[1]["category"] == "standard")
        #expect(records[1].location(of: "category").line == 4)
        #expect(records[1]["accessible"] == "yes")
        #expect(records.map { $0["row"] } == ["A", "A"])
    }

    @Test func scheduleJoinsExceptAttributeAndChildren() throws {
        let (records, problems) = try read(fixture: "schedule-except-list.xml")
        #expect(problems.isEmpty)
        let schedule = try #require(records.first)
        #expect(schedule["except"] == "2026-06-12 2026-06-13 2026-06-24")
        #expect(schedule["sales_close_min"] == "15")
        #expect(schedule["return_pier_id"] == "admiralteyskaya")
        #expect(schedule["duration_min"] == "100")
        #expect(schedule["capacity"] == "60")
        #expect(schedule["status"] == "scheduled")
        #expect(schedule["price_adult"] == "1 500,00")
        #expect(schedule.location(of: "price_adult").line == 5)
    }

    @Test func textIsTrimmedAndKeepsInnerLineBreaks() throws {
        let (records, problems) = try read(fixture: "product-multiline-description.xml")
        #expect(problems.isEmpty)
        let product = try #require(records.first)
        #expect(product.fields["title_ru"]?.value == "Ночная Нева")
        #expect(product.location(of: "title_ru").line == 4)
        #expect(product.fields["description_ru"]?.value == "Первая строка описания.\n      Вторая строка & мосты.")
        #expect(product.fields["description_en"]?.value == "Bridges <open> at night")
        #expect(product.fields["duration_min"]?.value == "90")
        #expect(product.fields["tags"]?.value == "night bridges")
    }

    @Test func windows1251DocumentIsDecoded() throws {
        let (records, problems) = try read(fixture: "windows-1251.xml")
        #expect(problems.isEmpty)
        try #require(records.count == 2)
        #expect(records[0]["name_ru"] == "Дворцовая пристань")
        #expect(records[0].location.line == 3)
        #expect(records[0].location(of: "address_ru").line == 5)
        #expect(records[1]["name_ru"] == "Нева")
    }

    @Test func byteOrderMarkAndCRLFChangeNothing() throws {
        let plain = try read(fixture: "full-example.xml")
        let text = try Fixture.text("full-example.xml")
        let crlf = Data([0xEF, 0xBB, 0xBF]) + Data(text.replacingOccurrences(of: "\n", with: "\r\n").utf8)
        let (records, problems) = read(crlf, fileName: "full-example.xml")
        #expect(problems.isEmpty)
        #expect(records == plain.records)
    }
}

// MARK: - Attacks

@Suite struct XMLAttackTests {
    static let attacks = [
        "xxe-external-entity.xml", "xxe-parameter-entity.xml", "external-dtd.xml",
        "billion-laughs.xml",
    ]

    @Test(arguments: attacks)
    func attackIsRefusedBeforeParsing(fixture: String) throws {
        let secret = try SecretFile()
        defer { secret.remove() }
        let (records, problems) = read(try secret.attack(fixture), fileName: fixture)
        #expect(records.isEmpty)
        #expect(reasons(problems).first == .doctypeNotAllowed)
        #expect(problems.first?.location?.line == 2)
        #expect(!secret.leaks(into: problems, records))
    }

    /// Without the byte pre-scan, libxml2 itself refuses the DOCTYPE before reading its subset.
    @Test(arguments: attacks)
    func libxml2RefusesTheDoctypeToo(fixture: String) throws {
        let secret = try SecretFile()
        defer { secret.remove() }
        let schema = try #require(XMLCatalogSchema.bundled.data)
        let validator = XMLSchemaValidator(schema: schema, maxDepth: 32, rootAttribute: "version")
        let started = ContinuousClock.now
        let outcome = validator.validate(try secret.attack(fixture))
        #expect(ContinuousClock.now - started < .seconds(5))
        #expect(!outcome.isValid)
        #expect(outcome.issues.map(\.kind) == [.doctype])
        #expect(outcome.issues.first?.line == 2)
        #expect(!outcome.issues.contains { $0.message.contains(secret.marker) })
    }

    @Test func encodingThatHidesTheDoctypeIsRefused() throws {
        let secret = try SecretFile()
        defer { secret.remove() }
        let attack = try secret.attack("xxe-utf7-encoded.xml")
        let (records, problems) = read(attack)
        #expect(records.isEmpty)
        #expect(reasons(problems) == [.unsupportedEncoding("UTF-7")])
        #expect(!secret.leaks(into: problems))

        let schema = try #require(XMLCatalogSchema.bundled.data)
        let outcome = XMLSchemaValidator(schema: schema, maxDepth: 32).validate(attack)
        #expect(!outcome.isValid)
        #expect(!outcome.issues.contains { $0.message.contains(secret.marker) })
    }

    @Test(arguments: [
        ("UTF-16LE", [UInt8]([0xFF, 0xFE, 0x3C, 0x00])),
        ("UTF-16BE", [0xFE, 0xFF, 0x00, 0x3C]),
        ("UTF-32LE", [0xFF, 0xFE, 0x00, 0x00, 0x3C, 0x00, 0x00, 0x00]),
        ("UTF-32BE", [0x00, 0x00, 0xFE, 0xFF, 0x00, 0x00, 0x00, 0x3C]),
    ])
    func nonUTF8ByteOrderMarkIsRefused(encoding: String, bytes: [UInt8]) {
        let (records, problems) = read(Data(bytes) + Data("gangway".utf8))
        #expect(records.isEmpty)
        #expect(reasons(problems) == [.unsupportedEncoding(encoding)])
    }

    @Test func utf16FixtureAndBOMLessUTF16AreRefused() throws {
        #expect(reasons(try read(fixture: "utf16le-bom.xml").problems) == [.unsupportedEncoding("UTF-16LE")])
        let bomless = try #require("<gangway version=\"1\"/>".data(using: .utf16LittleEndian))
        #expect(reasons(read(bomless).problems) == [.unsupportedEncoding("UTF-16/UTF-32 (NUL bytes)")])
        let latin1 = Data("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><gangway version=\"1\"/>".utf8)
        #expect(reasons(read(latin1).problems) == [.unsupportedEncoding("ISO-8859-1")])
    }

    @Test func documentOverTheSizeLimitIsNotParsed() throws {
        let data = try Fixture.data("full-example.xml")
        let (records, problems) = read(data, limits: XMLLimits(maxBytes: 100))
        #expect(records.isEmpty)
        #expect(reasons(problems) == [.tooLarge(bytes: data.count, limit: 100)])
        #expect(read(data, limits: XMLLimits(maxBytes: data.count)).problems.isEmpty)
        #expect(XMLLimits().maxBytes == 64 * 1024 * 1024)
    }

    /// XMLParser given a whole document over 10 MB at once stops ("huge input lookup"); the
    /// reader streams it, so every size up to the limit is read.
    @Test func documentOverTenMegabytesIsRead() {
        let comment = "<!-- " + String(repeating: "x", count: 1000) + " -->\n"
        let filler = String(repeating: comment, count: 11_000)
        let text = "<gangway version=\"1\">\n\(filler)<pier id=\"a\"><name lang=\"ru\">A</name></pier>\n</gangway>\n"
        let data = Data(text.utf8)
        #expect(data.count > 10_500_000)
        let (records, problems) = read(data)
        #expect(problems.isEmpty)
        #expect(records.map(\.location.line) == [11_002])
    }

    @Test func nestingBeyondTheDepthLimitIsRefusedAtItsLine() {
        // Line n holds the element at depth n.
        let depth = 40
        let open = (1..<depth).map { _ in "<layout>\n" }.joined()
        let close = (1..<depth).map { _ in "</layout>" }.joined()
        let document = Data("<gangway version=\"1\">\n\(open)\(close)</gangway>\n".utf8)
        let (records, problems) = read(document)
        #expect(records.isEmpty)
        #expect(reasons(problems) == [.tooDeep(limit: 32)])
        #expect(lines(problems) == [33])
    }

    @Test func depthLimitIsConfigurable() throws {
        let (records, problems) = try read(fixture: "layout-nested.xml", limits: XMLLimits(maxDepth: 5))
        #expect(records.isEmpty)
        #expect(reasons(problems) == [.tooDeep(limit: 5)])
        #expect(lines(problems) == [6])
        #expect(try read(fixture: "layout-nested.xml", limits: XMLLimits(maxDepth: 6)).problems.isEmpty)
    }

    @Test func treeBuilderKeepsItsOwnDepthLimit() throws {
        let data = try Fixture.data("layout-nested.xml")
        let builder = XMLElementTreeBuilder(
            lineIndex: XMLLineIndex(data: data, encoding: .utf8), maxDepth: 3, onChild: { _ in }
        )
        let parser = XMLParser(data: data)
        parser.delegate = builder
        #expect(!parser.parse())
        #expect(builder.failure?.reason == .tooDeep)
        #expect(builder.failure?.line == 4)
    }
}

// MARK: - Schema and structure errors

@Suite struct XMLSchemaErrorTests {
    @Test func unknownAttributeIsReportedAtItsElement() throws {
        let (records, problems) = try read(fixture: "schema-unknown-attribute.xml")
        #expect(records.isEmpty)
        #expect(reasons(problems) == [.schema(.unknownAttribute(element: "pier", attribute: "color"))])
        #expect(problems.first?.location == SourceLocation(file: "schema-unknown-attribute.xml", line: 2))
        #expect(
            problems.first?.line(in: .ru)
                == "schema-unknown-attribute.xml:2: у элемента <pier> не может быть атрибута «color»")
    }

    @Test func everySchemaErrorIsReportedWithItsLine() throws {
        let (records, problems) = try read(fixture: "schema-errors-multiple.xml")
        #expect(records.isEmpty)
        #expect(
            reasons(problems) == [
                .schema(
                    .valueNotAllowed(element: "name", attribute: "lang", value: "de", allowed: ["ru", "en", "zh"])),
                .schema(
                    .valueNotAllowed(
                        element: "vessel", attribute: "kind", value: "submarine",
                        allowed: ["boat", "ship", "yacht", "hydrofoil", "catamaran", "other"]
                    )),
                .schema(.unknownAttribute(element: "product", attribute: "colour")),
                .schema(.missingAttribute(element: "price", attribute: "tier")),
                .schema(.unexpectedElement(element: "cruise", expected: [])),
            ])
        // The product's start tag runs over lines 9 and 10: its error points where it begins.
        #expect(lines(problems) == [4, 6, 9, 14, 16])
    }

    @Test func schemaErrorsPastLine65535KeepTheirLines() {
        let filler = String(repeating: "\n", count: 70_000)
        let text =
            "<gangway version=\"1\">\(filler)<pier id=\"a\"><name lang=\"ru\">A</name></pier>\n"
            + "<pier id=\"b\" colour=\"red\"/>\n</gangway>\n"
        let (_, problems) = read(Data(text.utf8))
        #expect(lines(problems) == [70_002])
        let valid = "<gangway version=\"1\">\(filler)<pier id=\"a\"><name lang=\"ru\">A</name></pier>\n</gangway>\n"
        let (records, _) = read(Data(valid.utf8))
        #expect(records.first?.location.line == 70_001)
    }

    @Test func malformedXMLIsReportedWithLineAndColumn() throws {
        let (records, problems) = try read(fixture: "not-well-formed.xml")
        #expect(records.isEmpty)
        let problem = try #require(problems.first)
        guard case .notWellFormed(let detail)? = problem.reason as? XMLProblem else {
            Issue.record("expected notWellFormed, got \(problem)")
            return
        }
        #expect(detail.contains("mismatch"))
        #expect(problem.location?.line == 4)
        #expect(problem.location?.column != nil)
    }

    @Test(arguments: [
        ("wrong-version.xml", XMLProblem.unsupportedVersion("2"), 1),
        ("missing-version.xml", .unsupportedVersion(nil), 1),
        ("wrong-root.xml", .wrongRootElement("catalog"), 2),
    ])
    func rootIsCheckedBeforeTheSchema(fixture: String, expected: XMLProblem, line: Int) throws {
        let (records, problems) = try read(fixture: fixture)
        #expect(records.isEmpty)
        // Only the version problem: the rest of a version-2 document is not held against version 1.
        #expect(reasons(problems) == [expected])
        #expect(lines(problems) == [line])
    }

    @Test func duplicateTranslationIsAnError() throws {
        let (records, problems) = try read(fixture: "duplicate-translation.xml")
        #expect(reasons(problems) == [.duplicateTranslation(element: "name", lang: "ru")])
        #expect(lines(problems) == [5])
        #expect(problems.allSatisfy { $0.severity == .error })
        #expect(records.first?["name_ru"] == "Дворцовая пристань")
    }

    @Test func duplicatePriceIsAnErrorWhateverTheCase() throws {
        let (_, problems) = try read(fixture: "duplicate-price.xml")
        #expect(
            reasons(problems) == [
                .duplicatePrice(tier: "adult", category: nil), .duplicatePrice(tier: "adult", category: "vip"),
            ])
        #expect(lines(problems) == [5, 6])
    }

    @Test func sectionContentsMustMatchItsKind() throws {
        let (records, problems) = try read(fixture: "layout-section-contents.xml")
        #expect(
            reasons(problems) == [
                .rowsInStandingSection(section: "bow"), .seatedSectionWithoutSeats(section: "cabin"),
            ])
        #expect(lines(problems) == [5, 7])
        #expect(records.map { $0["kind"] } == ["standing"])
        #expect(records.first?["deck"] == nil)
    }

    @Test func emptyDocumentsHaveNothingToImport() throws {
        #expect(reasons(try read(fixture: "empty-catalog.xml").problems) == [.nothingToImport])
        #expect(reasons(read(Data()).problems) == [.nothingToImport])
        #expect(reasons(read(Data(" \n\t".utf8)).problems) == [.nothingToImport])
    }

    @Test func problemListIsCapped() {
        let piers = (1...30).map { "<pier id=\"p\($0)\" colour=\"red\"/>" }.joined(separator: "\n")
        let (_, problems) = read(
            Data("<gangway version=\"1\">\n\(piers)\n</gangway>".utf8),
            limits: XMLLimits(maxProblems: 10))
        #expect(problems.count == 11)
        #expect(reasons(problems).last == .tooManyProblems(limit: 10))
    }

    @Test func missingOrBrokenSchemaIsReportedNotCrashed() throws {
        let data = try Fixture.data("full-example.xml")
        let missing = XMLCatalogReader(schema: .unavailable).read(data: data, fileName: "a.xml")
        #expect(reasons(missing.problems) == [.schemaUnavailable])
        let broken = XMLCatalogReader(schema: XMLCatalogSchema(data: Data("<xs:schema".utf8)))
            .read(data: data, fileName: "a.xml")
        #expect(broken.records.isEmpty)
        guard case .schemaNotCompiled? = reasons(broken.problems).first else {
            Issue.record("expected schemaNotCompiled, got \(broken.problems)")
            return
        }
    }
}

// MARK: - Odds and ends

@Suite struct XMLReaderBehaviourTests {
    @Test func bundledSchemaIsShipped() throws {
        let url = try #require(XMLCatalogSchema.bundledURL)
        #expect(url.lastPathComponent == "gangway-v1.xsd")
        #expect(XMLCatalogSchema.bundled.data != nil)
    }

    @Test func concurrentReadsGiveTheSameResults() async throws {
        let names = ["full-example.xml", "layout-nested.xml", "schema-errors-multiple.xml", "billion-laughs.xml"]
        let documents = try names.map { try Fixture.data($0) }
        let expected = documents.map { read($0).records.count * 1000 + read($0).problems.count }
        let results = await withTaskGroup(of: (Int, Int).self) { group in
            for round in 0..<24 {
                let index = round % documents.count
                let document = documents[index]
                group.addTask {
                    let (records, problems) = XMLCatalogReader().read(data: document, fileName: "x.xml")
                    return (index, records.count * 1000 + problems.count)
                }
            }
            return await group.reduce(into: [(Int, Int)]()) { $0.append($1) }
        }
        #expect(results.count == 24)
        #expect(results.allSatisfy { expected[$0.0] == $0.1 })
    }

    @Test(arguments: [
        (
            "Element 'seat': Missing child element(s). Expected is ( seat ).",
            XMLSchemaViolation.missingChild(element: "seat", expected: ["seat"])
        ),
        (
            "Element 'foo': This element is not expected. Expected is one of ( name, address ).",
            .unexpectedElement(element: "foo", expected: ["name", "address"])
        ),
        (
            "Element 'price', attribute 'tier': [facet 'pattern'] The value 'a b' is not accepted by the pattern 'x'.",
            .patternMismatch(element: "price", attribute: "tier", value: "a b", pattern: "x")
        ),
        (
            "Element 'product': Character content other than whitespace is not allowed because the content type is "
                + "'element-only'.", .unexpectedText(element: "product")
        ),
        (
            "Element 'promo': Element content is not allowed, because the content type is empty.",
            .childrenNotAllowed(element: "promo")
        ),
        ("Something else entirely.", .other("Something else entirely.")),
    ])
    func libxml2MessagesAreRecognised(message: String, expected: XMLSchemaViolation) {
        let violation = XMLSchemaViolation(libxml2Message: message)
        #expect(violation == expected)
        #expect(violation.message(in: .ru) != violation.message(in: .en))
    }

    @Test(arguments: [
        XMLProblem.tooLarge(bytes: 2, limit: 1), .nothingToImport, .unsupportedEncoding("UTF-16LE"),
        .doctypeNotAllowed, .entityDeclarationNotAllowed, .notWellFormed("x"), .tooDeep(limit: 32),
        .wrongRootElement("catalog"), .unsupportedVersion("2"), .unsupportedVersion(nil),
        .schema(.unknownAttribute(element: "pier", attribute: "x")), .duplicateTranslation(element: "name", lang: "ru"),
        .duplicatePrice(tier: "adult", category: "vip"), .rowsInStandingSection(section: "s"),
        .seatedSectionWithoutSeats(section: "s"), .tooManyProblems(limit: 1), .schemaUnavailable,
        .schemaNotCompiled("x"), .readerFailure("x"),
    ])
    func everyProblemSpeaksRussianAndEnglish(problem: XMLProblem) {
        let russian = problem.message(in: .ru)
        let english = problem.message(in: .en)
        #expect(russian != english)
        #expect(russian.unicodeScalars.contains { (0x0400...0x04FF).contains($0.value) })
        #expect(!english.unicodeScalars.contains { (0x0400...0x04FF).contains($0.value) })
    }
}
