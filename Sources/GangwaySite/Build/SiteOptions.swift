import Foundation
import GangwayCore

/// How a storefront build runs.
public struct SiteOptions: Sendable {
    /// The public origin the site is served from, without a trailing slash (`https://tickets.example.ru`):
    /// canonical URLs, `hreflang` alternates and the sitemap are absolute.
    public var baseURL: String
    /// The checkout endpoint's origin (`gangway serve`), when configured: forms post there and the
    /// seat map refreshes availability from it. Nil: forms post to the same origin.
    public var checkoutURL: String?
    /// Languages to build, Russian first.
    public var languages: [Language]
    /// The operator's time zone: what "today" means.
    public var timeZone: String
    /// `templates/` (site templates, message catalogues, assets, policies).
    public var templates: URL
    /// Where the site goes (`outbox/site`).
    public var output: URL
    /// Re-render every page (files whose bytes do not change are still left alone).
    public var full: Bool
    /// Now, UTC seconds.
    public var now: Int64

    public init(
        baseURL: String, checkoutURL: String?, languages: [Language], timeZone: String, templates: URL, output: URL,
        full: Bool, now: Int64
    ) {
        self.baseURL = baseURL.hasSuffix("/") ? String(baseURL.dropLast()) : baseURL
        self.checkoutURL = checkoutURL.map { $0.hasSuffix("/") ? String($0.dropLast()) : $0 }
        self.languages = languages
        self.timeZone = timeZone
        self.templates = templates
        self.output = output
        self.full = full
        self.now = now
    }
}
