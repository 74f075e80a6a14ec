/// A parsed JSON value. Numbers keep their text, so amounts convert to kopecks exactly; objects keep
/// their members in order (a repeated key: the last one wins on look-up, as most parsers do).
public enum JSONValue: Sendable {
    case object([(key: String, value: JSONValue)])
    case array([JSONValue])
    case string(String)
    /// The number as written (`1499.99`, `3E2`).
    case number(String)
    case bool(Bool)
    case null

    /// The member `key` of an object.
    public subscript(key: String) -> JSONValue? {
        guard case .object(let members) = self else { return nil }
        return members.last(where: { $0.key == key })?.value
    }

    /// A string's value, or a number's text (some tools write ids as numbers).
    public var text: String? {
        switch self {
        case .string(let value), .number(let value): return value
        default: return nil
        }
    }
}
