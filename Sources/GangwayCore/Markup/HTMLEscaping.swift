import Foundation

/// Escapes untrusted text (operator data, customer input) for HTML.
///
/// Both contexts escape `&`, `<`, `>`, `"` and `'`, so a value is safe in text content and in an
/// attribute value, which Gangway always writes double-quoted (`title="…"`). Controls other than
/// tab and line breaks, and noncharacters, are a parse error in HTML and become U+FFFD.
/// Never use either for a URL, a `<script>` or a `<style>` body: URLs are built from ids only,
/// and JSON-LD has ``JSONLDEscaping``.
public enum HTMLEscaping {
    private static let textEscaper = MarkupEscaper(lineBreaksAsReferences: false, tabsAsReferences: false)
    private static let attributeEscaper = MarkupEscaper(lineBreaksAsReferences: true, tabsAsReferences: false)

    /// `value` as HTML text content (between tags).
    public static func text(_ value: String) -> String { textEscaper.escape(value) }

    /// `value` as the content of a double-quoted attribute value. Line breaks become `&#10;`, so
    /// a multi-line operator text stays one attribute on one line.
    public static func attribute(_ value: String) -> String { attributeEscaper.escape(value) }
}
