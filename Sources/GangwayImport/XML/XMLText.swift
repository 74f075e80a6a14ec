/// Text handling shared by the XML reader's types.
enum XMLText {
    /// `text` without surrounding white space (Unicode white space, line breaks included);
    /// inner line breaks stay. Cheap when there is nothing to trim, as for most attributes.
    static func trimmed(_ text: String) -> String {
        let scalars = text.unicodeScalars
        guard let first = scalars.first, let last = scalars.last else { return text }
        guard first.properties.isWhitespace || last.properties.isWhitespace else { return text }
        guard let start = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
            let end = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        else { return "" }
        return String(scalars[start...end])
    }
}
