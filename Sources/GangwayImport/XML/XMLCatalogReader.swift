import Foundation
import FoundationXML
import GangwayCore

/// Reads a Gangway XML catalog (formats.md, "XML") into ``RawRecord``s with the CSV column
/// names, treating the document as untrusted input:
///
/// 1. the raw bytes are checked first: size, encoding (UTF-8 or a declared Windows-1251), and no
///    `<!DOCTYPE` or `<!ENTITY` anywhere, so XXE, entity expansion and external DTDs are refused
///    before any parser sees them;
/// 2. libxml2 parses the document with network, DTDs and entity substitution off and a depth
///    limit, checks the root (`<gangway version="1">`) and validates it against the XML Schema,
///    reporting every schema error with its line;
/// 3. only then FoundationXML's `XMLParser` flattens it, element by element, with line numbers.
///
/// Records come in document order. When the document is refused at step 1 or 2 there are no
/// records; problems found while flattening (a duplicate translation or price, a section's
/// contents) come with the records so that the validator can add its own.
public struct XMLCatalogReader: Sendable {
    /// The root element of every catalog document.
    public static let rootElementName = "gangway"
    /// The one value of the root's `version` attribute this reader takes.
    public static let supportedVersion = "1"

    public var limits: XMLLimits
    public var schema: XMLCatalogSchema

    public init(limits: XMLLimits = .init(), schema: XMLCatalogSchema = .bundled) {
        self.limits = limits
        self.schema = schema
    }

    /// Reads one document; `fileName` is what problem locations name.
    public func read(data: Data, fileName: String) -> (records: [RawRecord], problems: [ImportProblem]) {
        let fileStart = SourceLocation(file: fileName, line: 1)
        guard data.count <= limits.maxBytes else {
            return ([], [.error(at: fileStart, XMLProblem.tooLarge(bytes: data.count, limit: limits.maxBytes))])
        }
        let profile: XMLByteProfile
        switch data.withUnsafeBytes({ XMLBytePreScan.scan($0) }) {
        case .success(let scanned):
            profile = scanned
        case .failure(let refusal):
            let problems = refusal.findings.map {
                ImportProblem.error(at: SourceLocation(file: fileName, line: $0.line), $0.problem)
            }
            return ([], problems)
        }
        guard let schemaData = schema.data else {
            return ([], [.error(at: nil, XMLProblem.schemaUnavailable)])
        }

        let validator = XMLSchemaValidator(schema: schemaData, maxDepth: limits.maxDepth, rootAttribute: "version")
        let outcome = validator.validate(data, acceptsRoot: Self.accepts)
        if let root = outcome.refusedRoot {
            return ([], [.error(at: SourceLocation(file: fileName, line: max(root.line, 1)), Self.refusal(of: root))])
        }
        if !outcome.issues.isEmpty {
            return ([], capped(outcome.issues.map { problem(for: $0, fileName: fileName) }))
        }
        return flatten(data, encoding: profile.encoding, fileName: fileName)
    }

    // MARK: - Steps

    private func flatten(
        _ data: Data,
        encoding: XMLByteProfile.Encoding,
        fileName: String
    ) -> (records: [RawRecord], problems: [ImportProblem]) {
        var flattener = XMLCatalogFlattener(fileName: fileName)
        let builder = XMLElementTreeBuilder(
            lineIndex: XMLLineIndex(data: data, encoding: encoding),
            maxDepth: limits.maxDepth,
            onChild: { flattener.flatten($0) }
        )
        // From a stream, XMLParser hands libxml2 small chunks; given the whole document at once
        // it stops past 10 MB ("huge input lookup"), far below the size limit.
        let parser = XMLParser(stream: InputStream(data: data))
        parser.shouldResolveExternalEntities = false
        parser.shouldProcessNamespaces = false
        parser.delegate = builder
        _ = parser.parse()
        parser.delegate = nil

        if let failure = builder.failure {
            let location = SourceLocation(
                file: fileName,
                line: max(failure.line, 1),
                column: failure.column > 0 ? failure.column : nil
            )
            let reason: XMLProblem =
                switch failure.reason {
                case .tooDeep: .tooDeep(limit: limits.maxDepth)
                case .parser(let detail): .notWellFormed(detail)
                }
            return ([], [.error(at: location, reason)])
        }
        var problems = flattener.problems
        if builder.childCount == 0 {
            let line = builder.root?.line ?? 1
            problems.append(.error(at: SourceLocation(file: fileName, line: line), XMLProblem.nothingToImport))
        }
        return (flattener.records, capped(problems))
    }

    private static func accepts(_ root: XMLRootElement) -> Bool {
        root.name == rootElementName && root.namespaceURI == nil
            && root.attributeValue?.trimmingCharacters(in: .whitespaces) == supportedVersion
    }

    private static func refusal(of root: XMLRootElement) -> XMLProblem {
        guard root.name == rootElementName, root.namespaceURI == nil else {
            let name = root.namespaceURI.map { "\(root.name) xmlns=\"\($0)\"" } ?? root.name
            return .wrongRootElement(name)
        }
        return .unsupportedVersion(root.attributeValue)
    }

    private func problem(for issue: XMLValidationIssue, fileName: String) -> ImportProblem {
        let location = SourceLocation(
            file: fileName,
            line: max(issue.line, 1),
            column: issue.column > 0 ? issue.column : nil
        )
        switch issue.kind {
        case .syntax:
            return .error(at: location, XMLProblem.notWellFormed(issue.message))
        case .doctype:
            return .error(at: location, XMLProblem.doctypeNotAllowed)
        case .tooDeep:
            return .error(at: location, XMLProblem.tooDeep(limit: limits.maxDepth))
        case .schema:
            return .error(at: location, XMLProblem.schema(XMLSchemaViolation(libxml2Message: issue.message)))
        case .badSchema:
            // The line is the schema's, not the document's.
            let detail = issue.line > 0 ? "line \(issue.line): \(issue.message)" : issue.message
            return .error(at: nil, XMLProblem.schemaNotCompiled(detail))
        case .internalFailure:
            return .error(at: nil, XMLProblem.readerFailure(issue.message))
        }
    }

    /// At most ``XMLLimits/maxProblems`` problems, and a last line saying the list was cut.
    private func capped(_ problems: [ImportProblem]) -> [ImportProblem] {
        let limit = max(limits.maxProblems, 1)
        guard problems.count > limit else { return problems }
        return Array(problems.prefix(limit)) + [.error(at: nil, XMLProblem.tooManyProblems(limit: limit))]
    }
}
