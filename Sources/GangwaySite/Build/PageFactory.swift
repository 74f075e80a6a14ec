import Foundation
import GangwayCore

/// Builds the parts every page of one language shares: the layout's context, links, labels,
/// formatted values and sailing cards. A class for the same reason as ``SiteBuilder``.
final class PageFactory {
    let builder: SiteBuilder
    let language: Language
    let messages: MessageCatalog
    let format: SiteFormatter

    init(builder: SiteBuilder, language: Language) throws {
        self.builder = builder
        self.language = language
        guard let messages = builder.messages[language] else {
            throw SiteBuildError.missingTemplate("i18n/\(language)")
        }
        self.messages = messages
        self.format = SiteFormatter(language: language)
    }

    /// An operator text in this page's language, or in Russian when it has no translation.
    func text(_ text: LocalizedText) -> String { text[language] ?? text.ru ?? "" }

    /// The input fingerprint of a sailing's page in this language.
    func fingerprint(of sailing: SiteSailing) -> String {
        language.rawValue + ":" + (builder.sailingDigests[sailing.id] ?? "")
    }

    /// The input fingerprint of a page that shows `sailings` as cards besides what `parts` name
    /// (ids, digests, neighbours): it changes when any of those sailings changes in any way its
    /// own page would show, so a list is rendered again only when something on it may differ.
    func fingerprint(_ parts: [String], sailings: some Sequence<SiteSailing>) -> String {
        var text = (["list-v1", language.rawValue] + parts).joined(separator: "\u{1F}")
        for sailing in sailings {
            // The same text as `"\u{1E}" + fingerprint(of: sailing)`, without a string per sailing.
            text += "\u{1E}"
            text += language.rawValue
            text += ":"
            text += builder.sailingDigests[sailing.id] ?? ""
        }
        return ContentHash.hex(Array(text.utf8))
    }

    var options: SiteOptions { builder.options }

    func t(_ key: String, _ arguments: [String: String] = [:]) -> String { messages.text(key, arguments) }

    func absolute(_ path: String) -> String { options.baseURL + path }

    static func htmlLang(_ language: Language) -> String {
        switch language {
        case .ru: "ru"
        case .en: "en"
        case .zh: "zh-Hans"
        }
    }

    static func languageName(_ language: Language) -> String {
        switch language {
        case .ru: "Русский"
        case .en: "English"
        case .zh: "中文"
        }
    }

    /// The layout's context for a page at `path(language)` in every language.
    func layout(
        title: String, description: String? = nil, path: (Language) -> String, jsonLD: String? = nil,
        image: String? = nil, script: Bool = false
    ) -> [String: Any] {
        var context: [String: Any] = ["title": title, "path": Self.pathAfterLanguage(path, language), "script": script]
        if let description, !description.isEmpty { context["description"] = description }
        if let jsonLD { context["jsonLD"] = jsonLD }
        if let image { context["image"] = image }
        return context
    }

    /// A page's path without its language prefix (`/sailings/ID/`): the layout puts each
    /// language's prefix in front of it for the canonical URL, the `hreflang` alternates and the
    /// language switcher (``LanguageValues``). Every path of the site has that shape.
    static func pathAfterLanguage(_ path: (Language) -> String, _ language: Language) -> String {
        let full = path(language)
        let prefix = "/" + language.rawValue
        precondition(full.hasPrefix(prefix + "/"), "site path \(full) does not start with \(prefix)/")
        return String(full.dropFirst(prefix.count))
    }

    /// The departure as the customer's clock shows it at the pier.
    func departure(_ sailing: SiteSailing) -> (text: String, iso: String) {
        let zone = builder.piers[sailing.pierID]?.timeZone ?? options.timeZone
        guard var converter = LocalTimeConverter(timeZoneIdentifier: zone) else {
            return (format.dateTime(serviceDate: sailing.serviceDate, time: sailing.localTime), "")
        }
        let local = converter.localDate(at: sailing.departsAt)
        let clock = ServiceTime(minutes: sailing.localTime.minutes % 1_440) ?? .midnight
        return (format.dateTime(date: local, time: clock), converter.rfc3339(sailing.departsAt))
    }

    /// The lowest price of a sailing, for cards.
    func priceFrom(_ sailing: SiteSailing) -> String {
        guard let lowest = sailing.prices.entries.map(\.amount).min() else { return "" }
        return t("sailing.price_from", ["price": format.money(lowest)])
    }

    func tierName(_ tier: String) -> String {
        let key = "tier.\(tier)"
        return messages.contains(key) ? t(key) : t("tier.other", ["tier": tier])
    }

    /// A seat category's name: `category.<id>` from the catalogue when it has one, else the id.
    func categoryName(_ id: String) -> String {
        let key = "category.\(id)"
        return messages.contains(key) ? t(key) : id
    }

    /// A sailing as a card in lists.
    func card(_ sailing: SiteSailing, timeOnly: Bool = false) -> [String: Any] {
        let product = builder.products[sailing.productID]
        let pier = builder.piers[sailing.pierID]
        let when = departure(sailing).text
        let clock = ServiceTime(minutes: sailing.localTime.minutes % 1_440)?.description ?? when
        return [
            "href": SitePaths.sailing(sailing.id, language),
            "when": timeOnly ? clock : when,
            "product": product.map { text($0.title) } ?? sailing.productID,
            "pier": pier.map { text($0.name) } ?? sailing.pierID,
            "cancelled": sailing.status == .cancelled,
            "priceFrom": priceFrom(sailing),
            "placesLeft": sailing.remaining == 0
                ? t("sailing.sold_out") : messages.plural("sailing.places_left", count: sailing.remaining),
        ]
    }
}
