import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Reads a worksheet's `sheetData` row by row, handing each row's cell texts to `onRow` with Excel's row
/// number. Shared strings (`t="s"`) are looked up, inline strings (`t="inlineStr"`) joined from their
/// runs, booleans read as `0`/`1`, and numbers passed on as the text Excel stored (`96.340000000000003`,
/// `46215.740949074`). Cells are placed by their reference (`C7`), so skipped empty cells stay empty.
final class XLSXSheetParser: NSObject, XMLParserDelegate {
    private let sharedStrings: [String]
    private let onRow: (XLSXRow, Int) throws -> Void
    /// The first error `onRow` threw; parsing stops there.
    private(set) var failure: (any Error)?
    /// True once `</worksheet>` was read: FoundationXML on Linux may report success for a document cut
    /// off halfway, so completeness is checked here.
    private(set) var reachedEnd = false
    /// A shared-string index that does not exist, if one was met.
    private(set) var badSharedString: (row: Int, index: String)?

    private var rowNumber = 0
    private var cells: [String] = []
    private var cellColumn = 0
    private var cellType = ""
    private var cellText = ""
    private var inValue = false
    private var inInlineText = false
    private var inInlineString = false

    init(sharedStrings: [String], onRow: @escaping (XLSXRow, Int) throws -> Void) {
        self.sharedStrings = sharedStrings
        self.onRow = onRow
    }

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        switch XLSXNames.local(elementName) {
        case "row":
            rowNumber = attributes["r"].flatMap { Int($0) } ?? rowNumber + 1
            cells.removeAll(keepingCapacity: true)
        case "c":
            cellColumn = attributes["r"].flatMap { XLSXNames.column(ofReference: $0) } ?? cells.count
            cellType = attributes["t"] ?? "n"
            cellText = ""
        case "v":
            inValue = true
        case "is":
            inInlineString = true
        case "t":
            inInlineText = inInlineString
        default:
            break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if inValue || inInlineText { cellText += string }
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
        switch XLSXNames.local(elementName) {
        case "v":
            inValue = false
        case "t":
            inInlineText = false
        case "is":
            inInlineString = false
        case "c":
            endCell(parser)
        case "worksheet":
            reachedEnd = true
        case "row":
            do {
                try onRow(XLSXRow(cells: cells), rowNumber)
            } catch {
                failure = error
                parser.abortParsing()
            }
        default:
            break
        }
    }

    private func endCell(_ parser: XMLParser) {
        var text = cellText
        if cellType == "s" {
            guard let index = Int(text.trimmingCharacters(in: .whitespaces)), sharedStrings.indices.contains(index)
            else {
                badSharedString = (rowNumber, text)
                parser.abortParsing()
                return
            }
            text = sharedStrings[index]
        }
        guard cellColumn >= 0 else { return }
        while cells.count <= cellColumn {
            cells.append("")
        }
        cells[cellColumn] = text
    }
}
