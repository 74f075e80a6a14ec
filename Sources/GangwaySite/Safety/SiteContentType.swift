import GangwayCore
import Mustache

/// How `{{value}}` is escaped in every site template: ``HTMLEscaping/attribute(_:)``, safe both
/// between tags and inside a double-quoted attribute, which also replaces characters HTML
/// rejects (controls, noncharacters) and is many times faster than Mustache's own escaping
/// (which looks every character up in a dictionary). ``SiteTemplates`` puts this content type's
/// pragma in front of every template, so no template can forget it.
struct SiteContentType: MustacheContentType {
    static let name = "GANGWAY_HTML"
    /// The pragma selecting this content type; it adds no output and no line.
    static let pragma = "{{% CONTENT_TYPE: \(name)}}"

    func escapeText(_ text: String) -> String { HTMLEscaping.attribute(text) }

    /// Makes the content type known to Mustache's parser (idempotent; before any template is parsed).
    static func register() {
        MustacheContentTypes.register(SiteContentType(), named: name)
    }
}
