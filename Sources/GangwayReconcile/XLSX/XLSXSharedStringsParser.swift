import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Reads `xl/sharedStrings.xml`: each `si` is one string, plain (`<t>`) or rich text whose runs
/// (`<r><t>`) are joined; phonetic runs (`<rPh>`) are left out.
final class XLSXSharedStringsParser: NSObject, XMLParserDelegate {
    private(set) var strings: [String] = []
    private var current = ""
    private var inText = false
    private var inPhonetic = false
    /// True once `</sst>` was read (see ``XLSXSheetParser/reachedEnd``).
    private var reachedEnd = false

    /// The shared strings of `data`; nil when it is not well-formed XML.
    static func parse(_ data: Data) -> [String]? {
        let delegate = XLSXSharedStringsParser()
        let parser = XMLParser(data: data)
        parser.delegate = delegate
        return parser.parse() && parser.parserError == nil && delegate.reachedEnd ? delegate.strings : nil
    }

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        switch XLSXNames.local(elementName) {
        case "si": current = ""
        case "t": inText = !inPhonetic
        case "rPh": inPhonetic = true
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if inText { current += string }
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
        switch XLSXNames.local(elementName) {
        case "si": strings.append(current)
        case "sst": reachedEnd = true
        case "t": inText = false
        case "rPh": inPhonetic = false
        default: break
        }
    }
}
