import Foundation
import GangwayCore
import Mustache
import Testing

@testable import GangwaySite

/// The stage-two page renderer (`Sources/GangwaySite/Templates`): Mustache's rules for the
/// subset the site's templates use, byte for byte as swift-mustache renders them, and clear
/// errors for what it does not support.
@Suite struct PageTemplateTests {
    static func render(
        _ text: String, _ context: [String: Any], partials: [String: String] = [:]
    ) throws -> String {
        let library = try PageTemplateLibrary(texts: partials.merging(["page": text]) { _, page in page })
        return String(decoding: try #require(library.render("page", context)), as: UTF8.self)
    }

    /// What swift-mustache makes of the same template and context, with the site's escaping.
    static func mustache(
        _ text: String, _ context: [String: Any], partials: [String: String] = [:]
    ) throws -> String {
        SiteContentType.register()
        var library = MustacheLibrary()
        // The pragma on a line of its own, which leaves no output, so that it cannot change
        // whether the template's first line stands alone.
        let pragma = SiteContentType.pragma + "\n"
        for (name, partial) in partials { try library.register(pragma + partial, named: name) }
        try library.register(pragma + text, named: "page")
        return try #require(library.render(context, withTemplate: "page"))
    }

    static var context: [String: Any] {
        [
            "title": "Прогулка <по> \"рекам\" & каналам", "count": 3, "yes": true, "no": false,
            "empty": [[String: Any]](),
            "prices": [["label": "Взрослый", "amount": "2 500 ₽"], ["label": "Детский", "amount": "1 250 ₽"]],
            "words": ["один", "два"], "pier": ["name": "Дворцовая", "address": ["street": "Набережная, 1"]],
            "html": "<b>bold</b>", "tiers": [["id": "adult", "name": "Adult"]] as [[String: String]],
        ]
    }

    static let differentialCases: [String] = [
        "<h1>{{title}}</h1>\n",
        "{{{html}}} {{&html}} {{html}}",
        "{{count}} {{yes}} {{no}} {{missing}}|",
        "<ul>\n{{#prices}}\n<li>{{label}}: {{amount}} ({{title}})</li>\n{{/prices}}\n</ul>\n",
        "{{#prices}}<tr><th>{{label}}</th><td>{{amount}}</td></tr>\n{{/prices}}</tbody>",
        "{{#words}}<p>{{.}}</p>\n{{/words}}",
        "{{#yes}}shown{{/yes}}{{#no}}hidden{{/no}}{{^no}}inverted{{/no}}{{^yes}}never{{/yes}}",
        "{{#empty}}never{{/empty}}{{^empty}}nothing here{{/empty}}\n{{^missing}}missing{{/missing}}",
        "{{pier.name}}, {{pier.address.street}} {{#pier}}{{name}} / {{title}}{{/pier}}",
        "  {{#yes}}\n  indented standalone lines vanish\n  {{/yes}}\nend\n",
        "{{! a comment }}\nafter\n",
        "  {{#yes}}  \n  kept\n  {{/yes}}\t\nend\n",
        "{{!\n  over lines\n}}\nafter\n",
        "a {{#yes}}\nb{{/yes}}",
        "{{#no}}\nx\n{{/no}}",
        "{{#tiers}}<option value=\"{{id}}\">{{name}}</option>{{/tiers}}",
        "{{#title}}[{{.}}]{{/title}}",
        "no tags at all\r\nwith a CRLF\r\n",
        "{{#yes}}{{#prices}}{{#yes}}{{label}};{{/yes}}{{/prices}}{{/yes}}",
    ]

    @Test(arguments: Self.differentialCases)
    func rendersWhatSwiftMustacheRenders(_ template: String) throws {
        let ours = try Self.render(template, Self.context)
        let theirs = try Self.mustache(template, Self.context)
        #expect(ours == theirs)
    }

    /// Mustache's standalone lines, spelled out (the cases above only compare with swift-mustache).
    @Test func standaloneLinesFollowTheSpecification() throws {
        #expect(try Self.render("  {{#yes}}  \n  kept\n  {{/yes}}\t\nend\n", Self.context) == "  kept\nend\n")
        #expect(try Self.render("{{!\n  over lines\n}}\nafter\n", Self.context) == "after\n")
        #expect(try Self.render("a {{#yes}}\nb{{/yes}}", Self.context) == "a \nb", "a tag after text is not standalone")
        #expect(try Self.render("{{#no}}\nx\n{{/no}}", Self.context) == "", "nor is the last line without a break")
    }

    @Test func layoutBlocksAndPartialsRenderAsSwiftMustacheDoes() throws {
        let partials = [
            "layout": "<html>\n<title>{{title}}</title>\n<main>\n{{$content}}default{{/content}}\n</main>\n"
                + "{{$footer}}<footer>{{count}}</footer>{{/footer}}\n</html>\n",
            "card": "<li>{{label}}</li>",
        ]
        let page = "{{<layout}}\n{{$content}}\n<ul>{{#prices}}{{>card}}{{/prices}}</ul>\n{{/content}}\n{{/layout}}\n"
        let ours = try Self.render(page, Self.context, partials: partials)
        #expect(ours == (try Self.mustache(page, Self.context, partials: partials)))
        #expect(ours.contains("<main>\n<ul><li>Взрослый</li><li>Детский</li></ul>\n\n</main>"))
        #expect(ours.contains("<footer>3</footer>"), "a block the page does not replace keeps its default")
    }

    @Test func escapedValuesCarryNoMarkup() throws {
        let html = try Self.render("<p title=\"{{title}}\">{{title}}</p>", Self.context)
        #expect(
            html == "<p title=\"Прогулка &lt;по&gt; &quot;рекам&quot; &amp; каналам\">"
                + "Прогулка &lt;по&gt; &quot;рекам&quot; &amp; каналам</p>")
    }

    @Test func innerContextsShadowOuterOnes() throws {
        let context: [String: Any] = ["name": "outer", "items": [["name": "inner"], ["other": 1]]]
        #expect(try Self.render("{{#items}}{{name}},{{/items}}{{name}}", context) == "inner,outer,outer")
    }

    @Test func aNilStoredInAContextCountsAsMissing() throws {
        let nothing: String? = nil
        let context: [String: Any] = ["value": nothing as Any, "list": [["value": nothing as Any]]]
        #expect(try Self.render("[{{value}}]{{#value}}never{{/value}}{{^value}}none{{/value}}", context) == "[]none")
    }

    @Test(arguments: [
        ("{{#open}}never closed", "line 1: the section or block open opened here is never closed"),
        ("text\n{{#a}}\n{{/b}}", "line 3: {{/b}} closes nothing that is open"),
        ("{{/a}}", "line 1: {{/a}} closes nothing that is open"),
        ("line\nline {{name", "line 2: a tag opened with {{ is never closed"),
        ("{{}}", "line 1: an empty tag {{}}"),
        ("{{#}}x{{/}}", "line 1: a tag with no usable name: {{}}"),
        ("{{=<% %>=}}", "line 1: changing the delimiters ({{=…=}}) is not supported here"),
        ("x\n  {{>card}}\n", "line 2: an indented partial on a line of its own is not supported"),
        ("{{<layout}}<p>{{name}}</p>{{/layout}}", "line 1: only blocks ({{$name}}…) may be inside {{<layout}}"),
    ])
    func badTemplatesAreRefusedWithTheLine(_ text: String, _ reason: String) throws {
        let error = try #require(throws: PageTemplateError.self) {
            try PageTemplateLibrary(texts: ["page": text, "card": "", "layout": ""])
        }
        #expect(error.description == "page, " + reason)
    }

    @Test func aPartialThatDoesNotExistIsRefused() throws {
        let error = try #require(throws: PageTemplateError.self) {
            try PageTemplateLibrary(texts: ["page": "{{>nope}}"])
        }
        #expect(error.description == "page: it includes nope, and there is no template nope.mustache")
    }

    @Test func templatesThatIncludeEachOtherAreRefused() throws {
        let error = try #require(throws: PageTemplateError.self) {
            try PageTemplateLibrary(texts: ["a": "{{>b}}", "b": "{{#x}}{{>a}}{{/x}}"])
        }
        #expect(error.description.contains("nest more than 16 deep"))
    }

    @Test func aBadTemplateFailsTheSiteBuildWithItsFileName() throws {
        let message = try #require(try TwoStageTemplateTests.failure { $0 + "{{#unclosed}}" })
        #expect(message.contains("template sailing.mustache"))
        #expect(message.contains("the section or block unclosed opened here is never closed"))
    }
}
