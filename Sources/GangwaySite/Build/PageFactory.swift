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
            text += "\u{1E}" + fingerprint(of: sailing)
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
        let languages = options.languages
        var context: [String: Any] = [
            "lang": language.rawValue, "htmlLang": Self.htmlLang(language), "title": title,
            "siteName": t("site.name"), "canonical": absolute(path(language)),
            "ogLocale": ["ru": "ru_RU", "en": "en_US", "zh": "zh_CN"][language.rawValue] ?? "ru_RU",
            "alternates": languages.map { ["hreflang": Self.htmlLang($0), "href": absolute(path($0))] }
                + [["hreflang": "x-default", "href": absolute(path(.ru))]],
            "languages": languages.map {
                [
                    "code": Self.htmlLang($0), "name": Self.languageName($0), "href": path($0),
                    "current": $0 == language,
                ] as [String: Any]
            },
            "homeHref": SitePaths.home(language), "catalogueHref": SitePaths.days(language),
            "piersHref": SitePaths.piers(language), "chartersHref": SitePaths.charters(language),
            "refundsHref": SitePaths.policy("refunds", language), "privacyHref": SitePaths.policy("privacy", language),
            "script": script,
            "t": [
                "skip": t("nav.skip_to_content"), "navLabel": t("nav.home"), "home": t("nav.home"),
                "catalogue": t("nav.catalogue"), "piers": t("nav.piers"), "charters": t("nav.charters"),
                "language": t("nav.language"), "refunds": t("policy.refunds.title"),
                "privacy": t("policy.privacy.title"),
            ],
        ]
        if let description, !description.isEmpty { context["description"] = description }
        if let jsonLD { context["jsonLD"] = jsonLD }
        if let image { context["image"] = image }
        return context
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
            "cancelled": sailing.status == .cancelled, "cancelledLabel": t("sailing.cancelled"),
            "priceFrom": priceFrom(sailing),
            "placesLeft": sailing.remaining == 0
                ? t("sailing.sold_out") : messages.plural("sailing.places_left", count: sailing.remaining),
        ]
    }
}
