import Foundation

/// The customer-facing messages of one language, read from `templates/i18n/<lang>.json`.
///
/// The file is a flat JSON object: a key maps to a string, or, for a message that depends on a
/// number, to an object of plural forms (`{"one": "…", "few": "…", "many": "…", "other": "…"}`)
/// holding exactly the forms ``PluralRules/categories(for:)`` lists for the language.
///
/// Every problem is found when the catalogue is loaded (``load(directory:language:)`` throws) or
/// checked (``check(keys:)``); rendering never fails. Should a key be missing at render time
/// anyway, the key itself is returned so the gap is visible on the page rather than a crash.
///
/// Messages are plain text: the caller escapes the result for HTML, attributes, JSON or SVG.
public struct MessageCatalog: Sendable {
    enum Message: Sendable, Hashable {
        case text(MessageTemplate)
        case plural([PluralCategory: MessageTemplate])
    }

    /// The language of the messages.
    public let language: Language
    /// Where the messages came from (a file path), for error messages.
    public let source: String
    let messages: [String: Message]

    init(language: Language, source: String, messages: [String: Message]) {
        self.language = language
        self.source = source
        self.messages = messages
    }

    /// Every key in this catalogue, sorted.
    public var keys: [String] { messages.keys.sorted() }

    public func contains(_ key: String) -> Bool { messages[key] != nil }

    /// Whether `key` holds plural forms (nil when the key is absent).
    public func isPlural(_ key: String) -> Bool? {
        switch messages[key] {
        case .plural: true
        case .text: false
        case nil: nil
        }
    }

    /// The keys of `keys` this catalogue lacks, in their order, each once.
    public func check(keys: [String]) -> [String] {
        var seen: Set<String> = []
        return keys.filter { messages[$0] == nil && seen.insert($0).inserted }
    }

    /// The placeholder names `key` uses, over all its plural forms (empty for an absent key).
    public func placeholders(in key: String) -> Set<String> {
        switch messages[key] {
        case .text(let template): Set(template.placeholders)
        case .plural(let forms): Set(forms.values.flatMap(\.placeholders))
        case nil: []
        }
    }

    /// The message `key` with its `{name}` placeholders replaced from `arguments`.
    ///
    /// A placeholder with no argument stays as `{name}`; a plural key gives its `other` form;
    /// an absent key gives the key itself.
    public func text(_ key: String, _ arguments: [String: String] = [:]) -> String {
        switch messages[key] {
        case .text(let template):
            return template.render(arguments)
        case .plural(let forms):
            return (forms[.other] ?? forms.values.first)?.render(arguments) ?? key
        case nil:
            return key
        }
    }

    /// The form of plural message `key` that `count` selects by ``PluralRules``, with `{count}`
    /// replaced by the number written the language's way (`1 001` with a no-break space in
    /// Russian, `1,001` in English and Chinese) and other placeholders from `arguments`
    /// (an explicit `count` argument wins).
    ///
    /// A plain message is used as it is; an absent key gives the key itself.
    public func plural(_ key: String, count: Int, _ arguments: [String: String] = [:]) -> String {
        var all = arguments
        if all["count"] == nil { all["count"] = SiteFormatter(language: language).integer(count) }
        switch messages[key] {
        case .text(let template):
            return template.render(all)
        case .plural(let forms):
            let category = PluralRules.category(for: count, language: language)
            return (forms[category] ?? forms[.other] ?? forms.values.first)?.render(all) ?? key
        case nil:
            return key
        }
    }

    /// Every form of plural message `key` with `{count}` written as `placeholder` (for the page
    /// script, which picks a form with the browser's own plural rules), in CLDR order; a plain
    /// message gives one `other` form, an absent key none.
    public func pluralForms(_ key: String, countPlaceholder placeholder: String) -> [(PluralCategory, String)] {
        switch messages[key] {
        case .text(let template):
            return [(.other, template.render(["count": placeholder]))]
        case .plural(let forms):
            return PluralCategory.allCases.compactMap { category in
                forms[category].map { (category, $0.render(["count": placeholder])) }
            }
        case nil:
            return []
        }
    }
}
