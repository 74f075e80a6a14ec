import Foundation
import GangwayCore
import Testing

@testable import GangwaySite

#if canImport(FoundationXML)
    import FoundationXML
#endif

struct EscapingTests {
    static let hostile = [
        "<script>alert(1)</script>",
        "\"><img src=x onerror=alert(1)>",
        "'><svg onload=alert(1)>",
        "</script><script>alert(1)</script>",
        "<!-- comment --> & &amp; &#x3c;",
        "Line\u{2028}separator\u{2029}paragraph",
        "кавычки «ёлочки» \"лапки\" 'апостроф' 中文",
        "back\\slash and /slash </ script>",
    ]

    /// U+FDD0, a noncharacter Swift does not accept in a literal.
    static let fdd0 = Unicode.Scalar(0xFDD0).map { String(Character($0)) } ?? ""

    // MARK: HTML

    @Test(arguments: hostile)
    func htmlTextAndAttributesCarryNoMarkup(_ input: String) throws {
        for escaped in [HTMLEscaping.text(input), HTMLEscaping.attribute(input)] {
            #expect(!escaped.contains("<"))
            #expect(!escaped.contains(">"))
            #expect(!escaped.contains("\""))
            #expect(!escaped.contains("'"))
            #expect(try decodeThroughXML(escaped) == input)
        }
    }

    @Test func htmlEscapesTheFiveCharacters() {
        #expect(HTMLEscaping.text("a & b < c > d \" e ' f") == "a &amp; b &lt; c &gt; d &quot; e &#39; f")
        #expect(
            HTMLEscaping.attribute("\"><img src=x onerror=alert(1)>") == "&quot;&gt;&lt;img src=x onerror=alert(1)&gt;")
    }

    @Test func htmlLeavesOrdinaryTextAlone() {
        let text = "Ночная Нева и разводка мостов — 涅瓦河夜游, 2 500 ₽"
        #expect(HTMLEscaping.text(text) == text)
        #expect(HTMLEscaping.attribute(text) == text)
    }

    @Test func htmlReplacesForbiddenControlsAndKeepsLineBreaks() {
        #expect(HTMLEscaping.text("a\u{0}b\u{7}c\u{85}d\u{FFFF}e") == "a\u{FFFD}b\u{FFFD}c\u{FFFD}d\u{FFFD}e")
        #expect(HTMLEscaping.text("Ночь" + Self.fdd0 + "\u{9F}\u{1FFFE}") == "Ночь\u{FFFD}\u{FFFD}\u{FFFD}")
        #expect(XMLEscaping.attribute("路\u{FFFE}\u{85}") == "路\u{FFFD}\u{FFFD}")
        #expect(HTMLEscaping.text("one\r\ntwo\rthree\tfour") == "one\ntwo\nthree\tfour")
        #expect(HTMLEscaping.attribute("one\r\ntwo\nthree") == "one&#10;two&#10;three")
    }

    // MARK: JSON-LD

    @Test(arguments: hostile)
    func jsonLDLiteralCannotLeaveTheScriptElement(_ input: String) throws {
        let literal = JSONLDEscaping.stringLiteral(input)
        for forbidden in ["<", ">", "&", "\u{2028}", "\u{2029}"] {
            #expect(!literal.contains(forbidden))
        }
        #expect(!literal.lowercased().contains("</script"))
        let decoded = try JSONDecoder().decode([String].self, from: Data("[\(literal)]".utf8))
        #expect(decoded == [input])
    }

    @Test func jsonLDEscapesAsDocumented() {
        #expect(JSONLDEscaping.stringLiteral("</script>") == #""\u003c/script\u003e""#)
        #expect(JSONLDEscaping.escape("a & \"b\" \\ c") == #"a \u0026 \"b\" \\ c"#)
        #expect(JSONLDEscaping.escape("\u{2028}\u{2029}") == #"\u2028\u2029"#)
        #expect(JSONLDEscaping.escape("\u{0}\u{1F}\n\r\t\u{8}\u{C}\u{7F}") == #"\u0000\u001f\n\r\t\b\f\u007f"#)
        #expect(JSONLDEscaping.escape("\u{1FFFF}") == #"\ud83f\udfff"#)
        #expect(JSONLDEscaping.escape("Нева 涅瓦河 🚢 — 2\u{A0}500\u{A0}₽ …") == "Нева 涅瓦河 🚢 — 2\u{A0}500\u{A0}₽ …")
        #expect(JSONLDEscaping.escape("Нева\u{2029}\u{85}" + Self.fdd0) == #"Нева\u2029\u0085\ufdd0"#)
    }

    @Test func jsonLDControlsRoundTrip() throws {
        let input = "tab\there\u{0}nul\u{1F}unit\u{85}next\u{FFFE}non\u{1FFFF}plane"
        let decoded = try JSONDecoder().decode(
            [String].self, from: Data("[\(JSONLDEscaping.stringLiteral(input))]".utf8))
        #expect(decoded == [input])
    }

    // MARK: XML (SVG, sitemap)

    @Test(arguments: hostile)
    func xmlTextAndAttributesRoundTrip(_ input: String) throws {
        let text = XMLEscaping.text(input)
        let attribute = XMLEscaping.attribute(input)
        #expect(!text.contains("<") && !attribute.contains("<"))
        #expect(!attribute.contains("\""))
        #expect(try decodeThroughXML(text) == input)
        #expect(try decodeThroughXML(attribute) == input)
    }

    @Test func xmlKeepsWhitespaceInAttributesAndDropsInvalidCharacters() throws {
        #expect(XMLEscaping.attribute("a\tb\r\nc") == "a&#9;b&#10;c")
        #expect(try decodeThroughXML(XMLEscaping.attribute("a\tb\nc")) == "a\tb\nc")
        #expect(XMLEscaping.text("a\u{1}b\u{B}c\u{FFFE}") == "a\u{FFFD}b\u{FFFD}c\u{FFFD}")
        #expect(XMLEscaping.text("]]> & <") == "]]&gt; &amp; &lt;")
    }

    // MARK: Class names

    @Test(arguments: [
        ("vip", "cat-vip"), ("VIP", "cat-vip"), ("child_seat-2", "cat-child_seat-2"),
        ("\"><script>", "cat-_22_3e_3cscript_3e"), ("a b", "cat-a_20b"),
    ])
    func classNamesAreSanitized(_ id: String, _ expected: String) {
        #expect(CSSClassName.token(id, prefix: "cat-") == expected)
    }

    @Test func emptyClassNameIsStillAToken() {
        #expect(CSSClassName.token("") == "_")
    }

    /// Parses `<a v="ESCAPED">ESCAPED</a>` and checks both places give back the same text.
    private func decodeThroughXML(_ escaped: String) throws -> String {
        let document = "<a v=\"\(escaped)\">\(escaped)</a>"
        let collector = TextCollector()
        let parser = XMLParser(data: Data(document.utf8))
        parser.delegate = collector
        #expect(parser.parse(), "not well-formed: \(document)")
        let attribute = try #require(collector.attribute)
        #expect(attribute == collector.text)
        return attribute
    }
}

private final class TextCollector: NSObject, XMLParserDelegate {
    var attribute: String?
    var text = ""

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String]
    ) {
        attribute = attributes["v"]
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }
}
