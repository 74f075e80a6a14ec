/// A small JSON value for schema.org JSON-LD, serialised with every string made safe for an
/// inline `<script>` element (``JSONLDEscaping``), and keys in a fixed order.
indirect enum JSONLD {
    case string(String)
    case object([(String, JSONLD)])
    case array([JSONLD])

    var serialized: String {
        var output = ""
        output.reserveCapacity(1_024)
        write(to: &output)
        return output
    }

    /// Appends the serialised value to `output` (one string for the whole value, not one per member).
    func write(to output: inout String) {
        switch self {
        case .string(let text):
            output += "\""
            output += JSONLDEscaping.escape(text)
            output += "\""
        case .array(let items):
            output += "["
            for (index, item) in items.enumerated() {
                if index > 0 { output += "," }
                item.write(to: &output)
            }
            output += "]"
        case .object(let members):
            output += "{"
            for (index, member) in members.enumerated() {
                if index > 0 { output += "," }
                output += "\""
                output += JSONLDEscaping.escape(member.0)
                output += "\":"
                member.1.write(to: &output)
            }
            output += "}"
        }
    }
}
