import Foundation
import GangwayCore

/// What templates may show with `[[name]]`: the values that are the same on every page of one
/// language. ``SiteTemplates`` fills them in once per language, before any page is rendered
/// (see templates/README.md), so a page's own render looks up only what differs between pages.
///
/// - `lang`, `htmlLang` (`zh-Hans`), `ogLocale` (`ru_RU`), `baseURL` (the site's origin);
/// - `languages` (each site language: `code`, `name`, `prefix`, `current`) and `alternates`
///   (`hreflang`, `prefix`: each language, then `x-default`, Russian), for the switcher and the
///   `hreflang` links, which a page completes with its own `{{path}}`;
/// - `placesLeftForms` (`form`, `text` with `{n}`): the plural forms of `sailing.places_left`,
///   which the seat map script uses to rewrite a live count with the browser's plural rules;
/// - the fixed links: `homeHref`, `catalogueHref`, `piersHref`, `chartersHref`, `refundsHref`,
///   `privacyHref`;
/// - `m.KEY`: every message of the catalogue that is plain text (no placeholder, not plural),
///   by its key: `[[m.sailing.pier]]`.
enum LanguageValues {
    static func context(language: Language, messages: MessageCatalog, options: SiteOptions) -> [String: Any] {
        var tree: [String: Any] = [:]
        for key in messages.keys where messages.isPlural(key) == false && messages.placeholders(in: key).isEmpty {
            insert(messages.text(key), at: key.split(separator: ".").map(String.init)[...], into: &tree)
        }
        return [
            "lang": language.rawValue, "htmlLang": PageFactory.htmlLang(language),
            "ogLocale": ["ru": "ru_RU", "en": "en_US", "zh": "zh_CN"][language.rawValue] ?? "ru_RU",
            "homeHref": SitePaths.home(language), "catalogueHref": SitePaths.days(language),
            "piersHref": SitePaths.piers(language), "chartersHref": SitePaths.charters(language),
            "refundsHref": SitePaths.policy("refunds", language),
            "privacyHref": SitePaths.policy("privacy", language),
            "baseURL": options.baseURL,
            "languages": options.languages.map {
                [
                    "code": PageFactory.htmlLang($0), "name": PageFactory.languageName($0), "prefix": $0.rawValue,
                    "current": $0 == language,
                ] as [String: Any]
            },
            "alternates": options.languages.map { ["hreflang": PageFactory.htmlLang($0), "prefix": $0.rawValue] }
                + [["hreflang": "x-default", "prefix": Language.ru.rawValue]],
            "placesLeftForms": messages.pluralForms("sailing.places_left", countPlaceholder: "{n}").map {
                ["form": $0.0.rawValue, "text": $0.1]
            },
            "m": tree,
        ]
    }

    /// Puts `text` at the dotted path; a key that is also the prefix of another key cannot be
    /// reached (the catalogue has none, and ``SiteTemplates`` rejects a tag that resolves to nothing).
    private static func insert(_ text: String, at path: ArraySlice<String>, into tree: inout [String: Any]) {
        guard let first = path.first else { return }
        if path.count == 1 {
            if tree[first] == nil { tree[first] = text }
            return
        }
        var child = tree[first] as? [String: Any] ?? [:]
        insert(text, at: path.dropFirst(), into: &child)
        tree[first] = child
    }

    /// What `name` (dotted) names in `context`, or `nil`.
    static func lookup(_ name: String, in context: [String: Any]) -> Any? {
        var current: Any = context
        for part in name.split(separator: ".") {
            guard let dictionary = current as? [String: Any], let next = dictionary[String(part)] else { return nil }
            current = next
        }
        return current
    }
}
