import Foundation

/// Escapes untrusted text for XML documents Gangway writes: SVG seat maps (inline in HTML pages,
/// so the output also parses the same way as HTML) and `sitemap.xml`.
///
/// `&`, `<`, `>`, `"` and `'` become entity or character references in text and in attribute
/// values (always double-quoted). Characters XML 1.0 forbids (most controls) and those HTML
/// rejects (C1 controls, noncharacters) become U+FFFD. Line breaks are normalised to a line feed
/// (`&#10;` in attributes, where a parser would otherwise turn them into spaces).
public enum XMLEscaping {
    private static let textEscaper = MarkupEscaper(lineBreaksAsReferences: false, tabsAsReferences: false)
    private static let attributeEscaper = MarkupEscaper(lineBreaksAsReferences: true, tabsAsReferences: true)

    /// `value` as character data between tags.
    public static func text(_ value: String) -> String { textEscaper.escape(value) }

    /// `value` inside a double-quoted attribute value.
    public static func attribute(_ value: String) -> String { attributeEscaper.escape(value) }
}
