import Foundation
import GangwayCore
import Testing

@testable import GangwaySite

/// The `[[name]]` stage of the templates (templates/README.md): filled in once per language,
/// checked so that a wrong tag fails the build instead of printing nothing.
@Suite struct TwoStageTemplateTests {
    /// A copy of the repository's templates with `edit` applied to one template.
    static func templates(editing name: String, _ edit: (String) -> String) throws -> URL {
        let folder = try SiteBuilderTests.temporaryFolder()
        let copy = folder.appendingPathComponent("templates", isDirectory: true)
        try FileManager.default.copyItem(at: SiteBuilderTests.templates, to: copy)
        let file = copy.appendingPathComponent("site/\(name).mustache")
        try edit(try String(contentsOf: file, encoding: .utf8)).write(to: file, atomically: true, encoding: .utf8)
        return copy
    }

    static func builder(templates: URL) throws -> SiteBuilder {
        let options = SiteOptions(
            baseURL: "https://tickets.example.ru", checkoutURL: nil, languages: [.ru, .en, .zh],
            timeZone: "Europe/Moscow", templates: templates, output: templates, full: true, now: SiteBuilderTests.now)
        return try SiteBuilder(catalog: SiteBuilderTests.catalog(), options: options)
    }

    static func failure(_ edit: @escaping (String) -> String, in name: String = "sailing") throws -> String? {
        do {
            _ = try builder(templates: templates(editing: name, edit))
            return nil
        } catch let error as SiteBuildError {
            return "\(error)"
        }
    }

    @Test func languageValuesAreFilledInOncePerLanguage() throws {
        let builder = try Self.builder(templates: SiteBuilderTests.templates)
        let page = try #require(builder.libraries[.zh]).render(
            "text", ["title": "T", "path": "/sailings/x/", "script": false])
        let html = String(decoding: try #require(page), as: UTF8.self)
        #expect(html.contains("<html lang=\"zh-Hans\">"))
        #expect(html.contains("<link rel=\"canonical\" href=\"https://tickets.example.ru/zh/sailings/x/\">"))
        #expect(html.contains("hreflang=\"x-default\" href=\"https://tickets.example.ru/ru/sailings/x/\""))
        #expect(html.contains("<span aria-current=\"true\" lang=\"zh-Hans\">中文</span>"))
        #expect(html.contains("<a href=\"/en/sailings/x/\" hreflang=\"en\" lang=\"en\">English</a>"))
        #expect(!html.contains("[[") && !html.contains("{{"))
    }

    @Test func aTagThatNamesNoMessageFailsTheBuild() throws {
        let message = try #require(try Self.failure { $0 + "[[m.sailing.no_such_key]]" })
        #expect(message.contains("sailing.mustache"))
        #expect(message.contains("[[m.sailing.no_such_key]]"))
    }

    @Test func aMessageWithPlaceholdersCannotBeAFixedValue() throws {
        // sailing.title takes {product} and {datetime}: only a page can fill it in.
        let message = try #require(try Self.failure { $0 + "[[m.sailing.title]]" })
        #expect(message.contains("names no plain text"))
    }

    @Test func sectionsMustNameAListOrAFlagAndClose() throws {
        let unknown = try #require(try Self.failure { $0 + "[[#nothing]]x[[/nothing]]" })
        #expect(unknown.contains("no list or flag"))
        let unclosed = try #require(try Self.failure { $0 + "[[/languages]]" })
        #expect(unclosed.contains("not open"))
    }

    @Test func aTranslationThatWouldReadAsAPageTagIsRefused() throws {
        let templates = try Self.templates(editing: "sailing") { $0 }
        let catalog = templates.appendingPathComponent("i18n/en.json")
        let text = try String(contentsOf: catalog, encoding: .utf8)
        let edited = text.replacingOccurrences(of: "\"sailing.buy\": \"", with: "\"sailing.buy\": \"{{title}} ")
        #expect(edited != text)
        try edited.write(to: catalog, atomically: true, encoding: .utf8)
        #expect(throws: SiteBuildError.self) { try Self.builder(templates: templates) }
    }
}
