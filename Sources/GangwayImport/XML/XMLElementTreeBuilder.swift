import Foundation
import FoundationXML

/// An `XMLParserDelegate` that turns the document into one ``XMLCatalogElement`` tree per child
/// of the root, handed over as soon as each child ends, so memory stays bounded by the largest
/// one. Used only after the libxml2 validator has accepted the document; it still keeps its
/// own depth limit.
final class XMLElementTreeBuilder: NSObject, XMLParserDelegate {
    /// A parser error (or the depth limit) that stopped the build.
    struct Failure: Sendable, Hashable {
        enum Reason: Sendable, Hashable {
            case tooDeep
            case parser(String)
        }

        var reason: Reason
        var line: Int
        var column: Int
    }

    private let lineIndex: XMLLineIndex
    private let maxDepth: Int
    private let onChild: (XMLCatalogElement) -> Void
    private var stack: [XMLCatalogElement] = []
    /// The root element (without children), once it has started.
    private(set) var root: XMLCatalogElement?
    private(set) var childCount = 0
    private(set) var failure: Failure?

    init(lineIndex: XMLLineIndex, maxDepth: Int, onChild: @escaping (XMLCatalogElement) -> Void) {
        self.lineIndex = lineIndex
        self.maxDepth = maxDepth
        self.onChild = onChild
    }

    func parser(
        _ parser: XMLParser,
        didStartElement elementName: String,
        namespaceURI: String?,
        qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        let line = lineIndex.startLine(line: parser.lineNumber, column: parser.columnNumber)
        guard stack.count < maxDepth else {
            failure = Failure(reason: .tooDeep, line: line, column: 0)
            parser.abortParsing()
            return
        }
        let trimmed = attributes.mapValues(XMLText.trimmed)
        let element = XMLCatalogElement(name: elementName, attributes: trimmed, line: line)
        if stack.isEmpty { root = element }
        stack.append(element)
    }

    func parser(
        _ parser: XMLParser,
        didEndElement elementName: String,
        namespaceURI: String?,
        qualifiedName: String?
    ) {
        guard var element = stack.popLast() else { return }
        element.text = XMLText.trimmed(element.text)
        switch stack.count {
        case 0:
            break
        case 1:
            childCount += 1
            onChild(element)
        default:
            stack[stack.count - 1].children.append(element)
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        // The root holds only elements and white space: its text is not kept.
        guard stack.count > 1 else { return }
        stack[stack.count - 1].text += string
    }

    func parser(_ parser: XMLParser, foundCDATA cdataBlock: Data) {
        guard stack.count > 1 else { return }
        stack[stack.count - 1].text += String(decoding: cdataBlock, as: UTF8.self)
    }

    func parser(_ parser: XMLParser, parseErrorOccurred parseError: any Error) {
        guard failure == nil else { return }
        let code = (parseError as NSError).code
        failure = Failure(
            reason: .parser("XMLParser error \(code)"),
            line: parser.lineNumber,
            column: parser.columnNumber
        )
    }
}
