/// A small JSON value for schema.org JSON-LD, serialised with every string made safe for an
/// inline `<script>` element (``JSONLDEscaping``), and keys in a fixed order.
indirect enum JSONLD {
    case string(String)
    case object([(String, JSONLD)])
    case array([JSONLD])

    var serialized: String {
        switch self {
        case .string(let text):
            return JSONLDEscaping.stringLiteral(text)
        case .array(let items):
            return "[" + items.map(\.serialized).joined(separator: ",") + "]"
        case .object(let members):
            return "{"
                + members.map { JSONLDEscaping.stringLiteral($0.0) + ":" + $0.1.serialized }.joined(separator: ",")
                + "}"
        }
    }
}
