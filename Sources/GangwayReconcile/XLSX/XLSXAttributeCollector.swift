import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Collects the attributes of every element with a given local name, in document order: the `sheet`
/// elements of `xl/workbook.xml`, the `Relationship` elements of its `.rels` part.
final class XLSXAttributeCollector: NSObject, XMLParserDelegate {
    private let element: String
    private(set) var found: [[String: String]] = []
    /// Open elements; back to zero at the end of a complete document.
    private var depth = 0
    private var sawRoot = false

    init(element: String) {
        self.element = element
    }

    /// Parses `data`; nil when it is not well-formed XML.
    static func collect(_ element: String, in data: Data) -> [[String: String]]? {
        let collector = XLSXAttributeCollector(element: element)
        let parser = XMLParser(data: data)
        parser.delegate = collector
        let complete = parser.parse() && parser.parserError == nil && collector.sawRoot && collector.depth == 0
        return complete ? collector.found : nil
    }

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        depth += 1
        sawRoot = true
        if XLSXNames.local(elementName) == element {
            found.append(attributes)
        }
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
        depth -= 1
    }
}
