import Foundation
import ZIPFoundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Reads a registry saved as XLSX: the first worksheet of the workbook, found through
/// `xl/workbook.xml` and `xl/_rels/workbook.xml.rels` (or `xl/worksheets/sheet1.xml` when those do not
/// say), with `xl/sharedStrings.xml`, row by row into the same ``RegistryInterpreter`` as CSV.
///
/// The zip is read from the file; the worksheet and the shared strings are inflated in memory (a daily
/// registry is small), each refused beyond ``maxPartBytes``.
enum XLSXRegistryReader {
    static let maxPartBytes = 512 << 20

    /// Thrown from inside ZIPFoundation's consumer to stop inflating an oversized part.
    private struct PartTooLarge: Error {}

    static func read(_ url: URL, deliver: (ExportRow) throws -> Void) throws -> RegistryInterpreter {
        let archive: Archive
        do {
            archive = try Archive(url: url, accessMode: .read)
        } catch {
            throw ExportError.brokenXLSX(reason: "not a readable zip archive")
        }
        let sheetPath = try firstSheetPath(in: archive)
        var sharedStrings: [String] = []
        if let data = try part("xl/sharedStrings.xml", in: archive) {
            guard let strings = XLSXSharedStringsParser.parse(data) else {
                throw ExportError.brokenXLSX(reason: "xl/sharedStrings.xml is not well-formed XML")
            }
            sharedStrings = strings
        }
        guard let sheet = try part(sheetPath, in: archive) else {
            throw ExportError.brokenXLSX(reason: "the workbook has no worksheet \(sheetPath)")
        }
        var interpreter = RegistryInterpreter(format: .xlsx)
        try withoutActuallyEscaping(deliver) { deliver in
            let delegate = XLSXSheetParser(sharedStrings: sharedStrings) { row, number in
                try interpreter.consume(row, number: number, deliver: deliver)
            }
            let parser = XMLParser(data: sheet)
            parser.delegate = delegate
            let parsed = parser.parse()
            if let failure = delegate.failure { throw failure }
            if let bad = delegate.badSharedString {
                throw ExportError.brokenXLSX(
                    reason: "row \(bad.row) refers to shared string “\(bad.index)”, which is missing")
            }
            guard parsed, parser.parserError == nil, delegate.reachedEnd else {
                throw ExportError.brokenXLSX(
                    reason: "\(sheetPath) is not well-formed XML (line \(parser.lineNumber))")
            }
        }
        try interpreter.finish()
        return interpreter
    }

    /// The path of the workbook's first sheet.
    private static func firstSheetPath(in archive: Archive) throws -> String {
        let fallback = "xl/worksheets/sheet1.xml"
        guard let workbook = try part("xl/workbook.xml", in: archive) else {
            if archive[fallback] != nil { return fallback }
            throw ExportError.brokenXLSX(reason: "no xl/workbook.xml: not an Excel workbook")
        }
        guard let sheets = XLSXAttributeCollector.collect("sheet", in: workbook) else {
            throw ExportError.brokenXLSX(reason: "xl/workbook.xml is not well-formed XML")
        }
        guard let first = sheets.first,
            let relationID = first.first(where: { $0.key == "id" || $0.key.hasSuffix(":id") })?.value,
            let rels = try part("xl/_rels/workbook.xml.rels", in: archive),
            let relations = XLSXAttributeCollector.collect("Relationship", in: rels),
            let target = relations.first(where: { $0["Id"] == relationID })?["Target"]
        else { return fallback }
        if target.hasPrefix("/") { return String(target.dropFirst()) }
        return "xl/" + target
    }

    /// An archive member inflated in memory, or nil when the archive has none by that name.
    private static func part(_ path: String, in archive: Archive) throws -> Data? {
        guard let entry = archive[path] else { return nil }
        guard entry.uncompressedSize <= UInt64(maxPartBytes) else {
            throw ExportError.brokenXLSX(reason: "\(path) is larger than \(maxPartBytes >> 20) MiB")
        }
        var data = Data()
        do {
            _ = try archive.extract(entry) { chunk in
                guard data.count + chunk.count <= maxPartBytes else { throw PartTooLarge() }
                data.append(chunk)
            }
        } catch is PartTooLarge {
            throw ExportError.brokenXLSX(reason: "\(path) inflates beyond \(maxPartBytes >> 20) MiB")
        } catch {
            throw ExportError.brokenXLSX(reason: "\(path) cannot be inflated (damaged archive)")
        }
        return data
    }
}
