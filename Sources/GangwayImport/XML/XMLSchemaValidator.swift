import CXMLSchema
import Foundation

/// The root element as libxml2 saw it, before reading the rest of the document.
struct XMLRootElement: Sendable, Hashable {
    var name: String
    var namespaceURI: String?
    /// The value of the attribute the validator was asked about (the format version).
    var attributeValue: String?
    var line: Int
}

/// What one validation found.
struct XMLValidationOutcome: Sendable {
    var issues: [XMLValidationIssue]
    /// Set when `acceptsRoot` refused the root element: nothing else was checked.
    var refusedRoot: XMLRootElement?

    var isValid: Bool { issues.isEmpty && refusedRoot == nil }
}

/// Validates a document against an XML Schema through the CXMLSchema C target (libxml2), with
/// DTDs, entities and network access off and a depth limit. Stateless: every call has its own
/// libxml2 contexts, so one validator may be used from several threads.
struct XMLSchemaValidator: Sendable {
    var schema: Data
    var maxDepth: Int
    /// The root attribute whose value `acceptsRoot` receives.
    var rootAttribute: String?

    init(schema: Data, maxDepth: Int, rootAttribute: String? = nil) {
        self.schema = schema
        self.maxDepth = maxDepth
        self.rootAttribute = rootAttribute
    }

    /// Checks `document`; `acceptsRoot` decides, before the rest is read, whether the root
    /// element is one this validator should go on with.
    func validate(
        _ document: Data,
        acceptsRoot: @escaping (XMLRootElement) -> Bool = { _ in true }
    ) -> XMLValidationOutcome {
        let collector = Collector(acceptsRoot: acceptsRoot)
        let context = Unmanaged.passUnretained(collector).toOpaque()
        let depth = Int32(clamping: maxDepth)
        withExtendedLifetime(collector) {
            document.withUnsafeBytes { documentBytes in
                schema.withUnsafeBytes { schemaBytes in
                    let documentPointer = documentBytes.bindMemory(to: CChar.self).baseAddress
                    let schemaPointer = schemaBytes.bindMemory(to: CChar.self).baseAddress
                    let call = { (attribute: UnsafePointer<CChar>?) in
                        _ = cxs_validate(
                            documentPointer, documentBytes.count, schemaPointer, schemaBytes.count, depth, attribute,
                            Self.onRoot, Self.onProblem, context
                        )
                    }
                    if let rootAttribute {
                        rootAttribute.withCString { call($0) }
                    } else {
                        call(nil)
                    }
                }
            }
        }
        return XMLValidationOutcome(issues: collector.issues, refusedRoot: collector.refusedRoot)
    }

    /// Gathers what the C callbacks hand over during one synchronous call.
    private final class Collector {
        let acceptsRoot: (XMLRootElement) -> Bool
        var issues: [XMLValidationIssue] = []
        var refusedRoot: XMLRootElement?

        init(acceptsRoot: @escaping (XMLRootElement) -> Bool) {
            self.acceptsRoot = acceptsRoot
        }
    }

    private static let onProblem: cxs_problem_callback = { context, kind, line, column, message in
        guard let context else { return }
        let collector = Unmanaged<Collector>.fromOpaque(context).takeUnretainedValue()
        let text = message.map { String(cString: $0) } ?? ""
        collector.issues.append(
            XMLValidationIssue(kind: issueKind(kind), line: line, column: column, message: text)
        )
    }

    private static let onRoot: cxs_root_callback = { context, name, namespaceURI, value, line in
        guard let context else { return 1 }
        let collector = Unmanaged<Collector>.fromOpaque(context).takeUnretainedValue()
        let root = XMLRootElement(
            name: name.map { String(cString: $0) } ?? "",
            namespaceURI: namespaceURI.map { String(cString: $0) },
            attributeValue: value.map { String(cString: $0) },
            line: line
        )
        if collector.acceptsRoot(root) { return 1 }
        collector.refusedRoot = root
        return 0
    }

    private static func issueKind(_ kind: cxs_problem_kind) -> XMLValidationIssue.Kind {
        switch kind {
        case .CXS_PROBLEM_SYNTAX: .syntax
        case .CXS_PROBLEM_DOCTYPE: .doctype
        case .CXS_PROBLEM_TOO_DEEP: .tooDeep
        case .CXS_PROBLEM_SCHEMA: .schema
        case .CXS_PROBLEM_BAD_SCHEMA: .badSchema
        case .CXS_PROBLEM_INTERNAL: .internalFailure
        }
    }
}
