/// Operator ids (`dvortsovaya`, `meteor-120`): letters, digits, `-` and `_`, at most 64
/// characters, compared case-insensitively — so they are kept lower-cased.
public enum Identifier {
    public static let maximumLength = 64

    /// The normalised (lower-cased) id, or nil when the text is not a valid id.
    public static func normalize(_ text: String) -> String? {
        guard !text.isEmpty, text.count <= maximumLength else { return nil }
        for scalar in text.unicodeScalars {
            guard
                scalar == "-" || scalar == "_" || scalar.properties.isAlphabetic
                    || ("0"..."9").contains(scalar)
            else { return nil }
        }
        return text.lowercased()
    }
}
