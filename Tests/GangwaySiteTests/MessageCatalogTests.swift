import Foundation
import GangwayCore
import Testing

@testable import GangwaySite

/// The repository's real catalogues, found from this file's path, and scratch folders for tests.
enum I18nTestFiles {
    struct NotFound: Error, CustomStringConvertible {
        var description: String { "no templates/i18n/ru.json above \(#filePath)" }
    }

    /// `templates/i18n` of the repository holding this test file.
    static func catalogueDirectory(from file: String = #filePath) throws -> URL {
        var folder = URL(fileURLWithPath: file).deletingLastPathComponent()
        while folder.path != "/" {
            let candidate = folder.appendingPathComponent("templates/i18n", isDirectory: true)
            if FileManager.default.fileExists(atPath: candidate.appendingPathComponent("ru.json").path) {
                return candidate
            }
            folder = folder.deletingLastPathComponent()
        }
        throw NotFound()
    }

    /// A new empty folder under the system's temporary directory; the caller removes it.
    static func scratchDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("gangway-i18n-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// The catalogue of `language` as the raw JSON object the file holds, read without the loader.
    static func rawCatalogue(_ language: Language) throws -> [String: Any] {
        let url = MessageCatalog.file(in: try catalogueDirectory(), language: language)
        let object = try JSONSerialization.jsonObject(with: try Data(contentsOf: url))
        return try #require(object as? [String: Any], "\(url.path) is not a JSON object")
    }
}

struct MessageCatalogTests {
    static func catalog(_ language: Language, _ json: String) throws -> MessageCatalog {
        try MessageCatalog(language: language, data: Data(json.utf8), source: "test.json")
    }

    // MARK: The shipped catalogues

    @Test(arguments: Language.allCases)
    func shippedCatalogueLoadsWithEveryKey(language: Language) throws {
        do {
            let catalog = try MessageCatalog.load(directory: try I18nTestFiles.catalogueDirectory(), language: language)
            #expect(catalog.check(keys: MessageCatalog.allKeys) == [])
            #expect(catalog.keys == MessageCatalog.allKeys.sorted(), "keys beyond MessageCatalog.allKeys")
        } catch let error as I18nError {
            Issue.record("\(error)")
        }
    }

    @Test func pluralFormsAreGivenToThePageScriptWithAPlaceholder() throws {
        let directory = try I18nTestFiles.catalogueDirectory()
        let russian = try MessageCatalog.load(directory: directory, language: .ru)
        let forms = russian.pluralForms("sailing.places_left", countPlaceholder: "{n}")
        #expect(forms.map(\.0) == [.one, .few, .many, .other])
        #expect(forms.allSatisfy { $0.1.contains("{n}") })
        #expect(
            forms.first?.1 == russian.plural("sailing.places_left", count: 1).replacingOccurrences(of: "1", with: "{n}")
        )
        let chinese = try MessageCatalog.load(directory: directory, language: .zh)
        #expect(chinese.pluralForms("sailing.places_left", countPlaceholder: "{n}").map(\.0) == [.other])
        #expect(chinese.pluralForms("no.such.key", countPlaceholder: "{n}").isEmpty)
    }

    /// Read straight from the files, so it holds even if the loader were wrong.
    @Test(arguments: Language.allCases)
    func noKeyIsMissingAndEveryPluralHasTheFormsItsLanguageNeeds(language: Language) throws {
        let raw = try I18nTestFiles.rawCatalogue(language)
        let missing = MessageCatalog.allKeys.filter { raw[$0] == nil }
        #expect(missing.isEmpty, "\(language.rawValue).json lacks \(missing)")
        let needed = Set(PluralRules.categories(for: language).map(\.rawValue))
        for key in MessageCatalog.allKeys {
            guard let value = raw[key] else { continue }
            if MessageCatalog.pluralKeys.contains(key) {
                let forms = try #require(value as? [String: String], "\(language.rawValue): \(key) is not plural")
                #expect(Set(forms.keys) == needed, "\(language.rawValue): \(key) has forms \(forms.keys.sorted())")
                #expect(
                    forms.values.allSatisfy { $0.contains("{count}") }, "\(language.rawValue): \(key) without {count}")
            } else {
                let text = try #require(value as? String, "\(language.rawValue): \(key) is not a string")
                #expect(!text.isEmpty, "\(language.rawValue): \(key) is empty")
            }
        }
    }

    @Test func everyLanguageHasTheSameKeys() throws {
        let russian = Set(try I18nTestFiles.rawCatalogue(.ru).keys)
        for language in Language.allCases {
            let keys = Set(try I18nTestFiles.rawCatalogue(language).keys)
            #expect(keys.subtracting(russian).isEmpty, "\(language.rawValue) only: \(keys.subtracting(russian))")
            #expect(russian.subtracting(keys).isEmpty, "\(language.rawValue) lacks: \(russian.subtracting(keys))")
        }
    }

    @Test func translationsUseTheSamePlaceholdersAsRussian() throws {
        let catalogs = try MessageCatalog.loadAll(directory: try I18nTestFiles.catalogueDirectory())
        let russian = try #require(catalogs[.ru])
        for language in [Language.en, .zh] {
            let catalog = try #require(catalogs[language])
            for key in MessageCatalog.allKeys {
                #expect(catalog.placeholders(in: key) == russian.placeholders(in: key), "\(language.rawValue): \(key)")
            }
        }
    }

    @Test func theKeyListHasNoDuplicatesAndKnowsItsPlurals() {
        #expect(Set(MessageCatalog.allKeys).count == MessageCatalog.allKeys.count)
        #expect(MessageCatalog.pluralKeys.isSubset(of: Set(MessageCatalog.allKeys)))
    }

    @Test func placesAreCountedTheWayTheIssueAsks() throws {
        let directory = try I18nTestFiles.catalogueDirectory()
        let ru = try MessageCatalog.load(directory: directory, language: .ru)
        let counts = [1, 2, 5].map { ru.plural("count.places", count: $0) }.joined(separator: ", ")
        #expect(counts == "1 место, 2 места, 5 мест")
        #expect(ru.plural("count.places", count: 21) == "21 место")
        #expect(ru.plural("count.places", count: 111) == "111 мест")
        #expect(ru.plural("count.places", count: 1001) == "1\u{00A0}001 место")
        #expect(ru.plural("sailing.places_left", count: 3) == "Осталось 3 места")
        #expect(ru.plural("vessel.capacity", count: 12) == "12 пассажиров")
        #expect(ru.plural("charter.guests", count: 21) == "до 21 гостя")
        #expect(ru.plural("count.sailings", count: 22) == "22 рейса")
        let en = try MessageCatalog.load(directory: directory, language: .en)
        #expect([1, 2, 5].map { en.plural("count.places", count: $0) } == ["1 place", "2 places", "5 places"])
        #expect(en.plural("sailing.places_left", count: 1) == "1 place left")
        let zh = try MessageCatalog.load(directory: directory, language: .zh)
        #expect(zh.plural("count.places", count: 5) == "5个名额")
        #expect(zh.plural("sailing.places_left", count: 1_200) == "剩余1,200个名额")
    }

    @Test func shippedPlaceholdersAreFilled() throws {
        let directory = try I18nTestFiles.catalogueDirectory()
        let ru = try MessageCatalog.load(directory: directory, language: .ru)
        let date = try #require(LocalDate(parsing: "2027-06-14"))
        let formatter = SiteFormatter(language: .ru)
        #expect(ru.text("catalogue.day_title", ["date": formatter.date(date)]) == "Рейсы на 14 июня 2027\u{00A0}г.")
        let label = ru.text(
            "sailing.seat_label",
            ["row": "3", "seat": "12", "category": "VIP", "price": formatter.money(Money(kopecks: 250_000))])
        #expect(label == "Ряд 3, место 12, VIP, 2\u{00A0}500\u{00A0}₽")
        let zh = try MessageCatalog.load(directory: directory, language: .zh)
        #expect(zh.text("sailing.price_from", ["price": "₽2,500"]) == "₽2,500起")
    }

    // MARK: Rendering

    @Test func placeholdersAreSubstitutedAndUnknownOnesStayVisible() throws {
        let catalog = try Self.catalog(.en, #"{"greeting": "Hello {name}, sailing {when} ({unknown})"}"#)
        #expect(catalog.text("greeting", ["name": "Ann", "when": "today"]) == "Hello Ann, sailing today ({unknown})")
        #expect(catalog.text("greeting") == "Hello {name}, sailing {when} ({unknown})")
        #expect(catalog.placeholders(in: "greeting") == ["name", "when", "unknown"])
    }

    @Test func argumentsAreNotExpandedAgain() throws {
        let catalog = try Self.catalog(.ru, #"{"title": "{product} — {datetime}"}"#)
        let text = catalog.text("title", ["product": "Тур {datetime} <b>", "datetime": "19:00"])
        #expect(text == "Тур {datetime} <b> — 19:00")
    }

    @Test(arguments: ["{", "}", "{}", "{ name }", "{na-me}", "a {b", "{{name}}", "{имя}", "x}{"])
    func bracesThatAreNotPlaceholdersStayAsTheyAre(text: String) throws {
        let data = try JSONSerialization.data(withJSONObject: ["k": text])
        let catalog = try MessageCatalog(language: .en, data: data, source: "test.json")
        let rendered = catalog.text("k", ["name": "X", "b": "Y", "na-me": "Z", "имя": "W"])
        #expect(rendered == (text == "{{name}}" ? "{X}" : text))
    }

    @Test func pluralFormsAreChosenAndCountCanBeOverridden() throws {
        let catalog = try Self.catalog(
            .ru,
            #"{"left": {"one": "{count} место на {day}", "few": "{count} места", "many": "{count} мест", "other": "{count} места"}}"#
        )
        #expect(catalog.plural("left", count: 1, ["day": "пн"]) == "1 место на пн")
        #expect(catalog.plural("left", count: 14) == "14 мест")
        #expect(catalog.plural("left", count: 1, ["count": "одно"]) == "одно место на {day}")
        #expect(catalog.text("left") == "{count} места")
    }

    @Test func aMissingKeyIsFoundByCheckAndShowsAsItselfWhenRendered() throws {
        let catalog = try Self.catalog(.en, #"{"a": "A", "b": "B"}"#)
        #expect(catalog.check(keys: ["a", "zz", "b", "yy", "zz"]) == ["zz", "yy"])
        #expect(catalog.text("zz") == "zz")
        #expect(catalog.plural("zz", count: 2) == "zz")
        #expect(catalog.contains("a") && !catalog.contains("zz"))
        #expect(catalog.isPlural("a") == false && catalog.isPlural("zz") == nil)
    }

    // MARK: Loading errors

    enum Expected: String, Sendable {
        case invalidJSON, notAnObject, wrongType, emptyMessage, unknownPluralCategory
        case missingPluralForms, unusedPluralForms
    }

    static func kind(_ error: I18nError) -> String {
        switch error {
        case .unreadableFile: "unreadableFile"
        case .invalidJSON: "invalidJSON"
        case .notAnObject: "notAnObject"
        case .wrongType: "wrongType"
        case .emptyMessage: "emptyMessage"
        case .unknownPluralCategory: "unknownPluralCategory"
        case .missingPluralForms: "missingPluralForms"
        case .unusedPluralForms: "unusedPluralForms"
        case .expectedPlural: "expectedPlural"
        case .expectedText: "expectedText"
        case .missingKeys: "missingKeys"
        }
    }

    static let badCatalogues: [(Language, String, Expected)] = [
        (.ru, #"{"a" "b"}"#, .invalidJSON),
        (.ru, #"{"a": 'b'}"#, .invalidJSON),
        (.ru, #"{"a": "b""#, .invalidJSON),
        (.ru, "", .invalidJSON),
        (.ru, #"["a", "b"]"#, .notAnObject),
        (.ru, #""just text""#, .invalidJSON),
        (.ru, #"{"a": 1}"#, .wrongType),
        (.ru, #"{"a": true}"#, .wrongType),
        (.ru, #"{"a": null}"#, .wrongType),
        (.ru, #"{"a": ["x"]}"#, .wrongType),
        (.ru, #"{"a": {}}"#, .wrongType),
        (.en, #"{"a": {"one": "x", "other": 2}}"#, .wrongType),
        (.ru, #"{"a": ""}"#, .emptyMessage),
        (.en, #"{"a": {"one": "", "other": "x"}}"#, .emptyMessage),
        (.ru, #"{"a": {"one": "x", "fwe": "y", "many": "z", "other": "w"}}"#, .unknownPluralCategory),
        (.ru, #"{"a": {"one": "{count} место", "other": "{count} места"}}"#, .missingPluralForms),
        (.en, #"{"a": {"other": "{count} places"}}"#, .missingPluralForms),
        (.en, #"{"a": {"one": "x", "few": "y", "other": "z"}}"#, .unusedPluralForms),
        (.zh, #"{"a": {"one": "x", "other": "y"}}"#, .unusedPluralForms),
    ]

    @Test(arguments: badCatalogues)
    func badCataloguesAreReportedNotCrashed(language: Language, json: String, expected: Expected) {
        do {
            _ = try Self.catalog(language, json)
            Issue.record("\(json) was accepted")
        } catch let error as I18nError {
            #expect(Self.kind(error) == expected.rawValue, "\(error)")
            #expect(error.description.hasPrefix("test.json: "))
            #expect(!error.description.contains("\n"))
        } catch {
            Issue.record("not an I18nError: \(error)")
        }
    }

    @Test func pluralErrorsNameTheFormsThatAreWrong() {
        let expected = I18nError.missingPluralForms(path: "test.json", key: "a", language: .ru, forms: [.few, .many])
        #expect(throws: expected) { try Self.catalog(.ru, #"{"a": {"one": "x", "other": "y"}}"#) }
        let error = I18nError.missingPluralForms(path: "ru.json", key: "a", language: .ru, forms: [.few, .many])
        #expect(error.description == "ru.json: \"a\" lacks the plural forms few, many that ru needs")
    }

    @Test func loadingFromAFolderChecksTheSiteKeys() throws {
        let folder = try I18nTestFiles.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = MessageCatalog.file(in: folder, language: .en)

        #expect(throws: I18nError.unreadableFile(path: file.path, reason: "the file does not exist")) {
            try MessageCatalog.load(directory: folder, language: .en)
        }

        try Data(#"{"site.name": "Neva Cruises"}"#.utf8).write(to: file)
        do {
            _ = try MessageCatalog.load(directory: folder, language: .en)
            Issue.record("an incomplete catalogue was accepted")
        } catch I18nError.missingKeys(let path, let keys) {
            #expect(path == file.path)
            #expect(keys == MessageCatalog.allKeys.filter { $0 != "site.name" })
        }

        // A complete catalogue with one plural key written as a plain string.
        var entries: [String: Any] = [:]
        for key in MessageCatalog.allKeys {
            entries[key] = MessageCatalog.pluralKeys.contains(key) ? ["one": "{count} x", "other": "{count} xs"] : "x"
        }
        entries["count.places"] = "{count} places"
        try JSONSerialization.data(withJSONObject: entries).write(to: file)
        #expect(throws: I18nError.expectedPlural(path: file.path, key: "count.places")) {
            try MessageCatalog.load(directory: folder, language: .en)
        }

        entries["count.places"] = ["one": "{count} place", "other": "{count} places"]
        entries["site.name"] = ["one": "x", "other": "y"]
        try JSONSerialization.data(withJSONObject: entries).write(to: file)
        #expect(throws: I18nError.expectedText(path: file.path, key: "site.name")) {
            try MessageCatalog.load(directory: folder, language: .en)
        }

        entries["site.name"] = "Neva Cruises"
        try JSONSerialization.data(withJSONObject: entries).write(to: file)
        let catalog = try MessageCatalog.load(directory: folder, language: .en)
        #expect(catalog.plural("count.places", count: 2) == "2 places")
    }
}
