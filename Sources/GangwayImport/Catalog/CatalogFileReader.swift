import Foundation
import GangwayCore

/// Reads one inbox file, CSV or XML (told from its content), into ``RawRecord``s.
public struct CatalogFileReader: Sendable {
    public var maxFileBytes: Int
    public var xmlLimits: XMLLimits

    public init(maxFileBytes: Int = XMLLimits.defaultMaxBytes, maxXMLDepth: Int = XMLLimits.defaultMaxDepth) {
        self.maxFileBytes = maxFileBytes
        self.xmlLimits = XMLLimits(maxBytes: maxFileBytes, maxDepth: maxXMLDepth)
    }

    /// The file's format and the kinds it carries, reading as little as it can: a CSV header,
    /// or (for XML) the document. Used to order a run before any file is applied.
    public func detect(url: URL, fileName: String) -> (format: FileFormat, kinds: [RecordKind]) {
        let format = Self.sniff(url: url)
        switch format {
        case .csv:
            return (.csv, CSVCatalogReader.detectKind(url: url, fileName: fileName).map { [$0] } ?? [])
        case .xml:
            guard let size = Self.size(of: url), size <= maxFileBytes, let data = try? Data(contentsOf: url) else {
                return (.xml, [])
            }
            return (.xml, Self.elementKinds(in: data))
        }
    }

    /// Reads the whole file.
    public func read(url: URL, fileName: String) -> CatalogReading {
        if let size = Self.size(of: url), size > maxFileBytes {
            return CatalogReading(
                format: Self.sniff(url: url), kinds: [], records: [],
                problems: [.error(at: nil, FileProblem.tooLarge(bytes: size, limit: maxFileBytes))])
        }
        switch Self.sniff(url: url) {
        case .csv:
            return CSVCatalogReader.read(url: url, fileName: fileName)
        case .xml:
            let data: Data
            do {
                data = try Data(contentsOf: url)
            } catch {
                return CatalogReading(
                    format: .xml, kinds: [], records: [],
                    problems: [.error(at: nil, FileProblem.unreadable(error.localizedDescription))])
            }
            let (records, problems) = XMLCatalogReader(limits: xmlLimits).read(data: data, fileName: fileName)
            var all = problems
            if records.isEmpty && !problems.contains(where: { $0.severity == .error }) {
                all.append(.error(at: SourceLocation(file: fileName, line: 1), ValidationProblem.nothingToImport))
            }
            let kinds = RecordKind.allCases.filter { kind in records.contains { $0.kind == kind } }
            return CatalogReading(format: .xml, kinds: kinds, records: records, problems: all)
        }
    }

    /// The kinds whose elements (`<pier …>`, `<schedule>`, …) appear in an XML document: a
    /// byte scan, enough to order a run (the document is validated when it is read).
    static func elementKinds(in data: Data) -> [RecordKind] {
        let bytes = [UInt8](data)
        let names: [(RecordKind, [UInt8])] = RecordKind.allCases.map { ($0, Array("<\($0.rawValue)".utf8)) }
        let boundaries: Set<UInt8> = [0x20, 0x09, 0x0A, 0x0D, UInt8(ascii: ">"), UInt8(ascii: "/")]
        var found: Set<RecordKind> = []
        var index = 0
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "<") {
                for (kind, name) in names where !found.contains(kind) && index + name.count < bytes.count {
                    if bytes[index..<(index + name.count)].elementsEqual(name),
                        boundaries.contains(bytes[index + name.count])
                    {
                        found.insert(kind)
                    }
                }
            }
            index += 1
        }
        return RecordKind.allCases.filter(found.contains)
    }

    static func sniff(url: URL) -> FileFormat {
        guard let handle = try? FileHandle(forReadingFrom: url) else { return .csv }
        defer { try? handle.close() }
        let prefix = (try? handle.read(upToCount: 4096)) ?? nil
        return FileFormat.sniff(prefix ?? Data())
    }

    static func size(of url: URL) -> Int? {
        (try? FileManager.default.attributesOfItem(atPath: url.path)[.size] as? NSNumber)?.intValue
    }
}
