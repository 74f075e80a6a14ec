/// One problem the libxml2 validator reported, before it becomes an ``XMLProblem``.
struct XMLValidationIssue: Sendable, Hashable {
    enum Kind: Sendable, Hashable {
        case syntax
        case doctype
        case tooDeep
        case schema
        case badSchema
        case internalFailure
    }

    var kind: Kind
    /// 1-based; 0 when libxml2 did not know.
    var line: Int
    /// 1-based; 0 when unknown (schema errors point at elements).
    var column: Int
    /// libxml2's English text, without the trailing newline.
    var message: String
}
