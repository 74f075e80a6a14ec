import Foundation
import GangwayCore
import Mustache

/// Builds the static storefront from a ``SiteCatalog``: every page in every language, the
/// sitemap, robots.txt and the assets, written incrementally and atomically by ``SiteWriter``.
public struct SiteBuilder {
    let catalog: SiteCatalog
    let options: SiteOptions
    let templates: SiteTemplates
    let messages: [Language: MessageCatalog]
    let products: [String: Product]
    let vessels: [String: Vessel]
    let piers: [String: Pier]
    let layouts: [String: SeatLayout]
    /// A digest of each product, vessel, pier and layout (`product:ID`, …), computed once: part of
    /// the fingerprint of every sailing page that shows it.
    let digests: [String: String]
    let seatMaps = SeatMapCache()
    /// The operator's today, and the sailings departing from its start on.
    let today: LocalDate
    let upcoming: [SiteSailing]

    /// Loads the templates and message catalogues from `options.templates`.
    public init(catalog: SiteCatalog, options: SiteOptions) throws {
        self.catalog = catalog
        self.options = options
        self.templates = try SiteTemplates(directory: options.templates)
        var messages: [Language: MessageCatalog] = [:]
        for language in options.languages {
            messages[language] = try MessageCatalog.load(
                directory: options.templates.appendingPathComponent("i18n", isDirectory: true), language: language)
        }
        self.messages = messages
        products = Dictionary(catalog.products.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        vessels = Dictionary(catalog.vessels.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        piers = Dictionary(catalog.piers.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        layouts = Dictionary(catalog.layouts.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var digests: [String: String] = [:]
        let digest = { (value: Any) in SHA256.hex(Array(String(describing: value).utf8)) }
        for item in catalog.products { digests["product:\(item.id)"] = digest(item) }
        for item in catalog.vessels { digests["vessel:\(item.id)"] = digest(item) }
        for item in catalog.piers { digests["pier:\(item.id)"] = digest(item) }
        for item in catalog.layouts { digests["layout:\(item.id)"] = digest(item) }
        self.digests = digests
        var converter = LocalTimeConverter(timeZoneIdentifier: options.timeZone)
        let today = converter?.localDate(at: options.now) ?? LocalDate(dayNumber: Int(options.now / 86_400))
        self.today = today
        let start = converter?.instant(of: today, at: .midnight) ?? options.now
        upcoming = catalog.sailings.filter { $0.departsAt >= start }
    }

    /// Writes the whole site; returns what changed.
    public func build() throws -> SiteBuildResult {
        let writer = try SiteWriter(
            directory: options.output, templateFingerprint: templates.fingerprint, full: options.full,
            durability: .syncReplacedFiles)
        var fallbacks = FallbackCounter()
        try writeRoot(writer)
        for language in options.languages {
            let page = try PageFactory(builder: self, language: language)
            try writeHome(page, writer, &fallbacks)
            try writeDays(page, writer, &fallbacks)
            try writeProducts(page, writer, &fallbacks)
            try writeSailings(page, writer, &fallbacks)
            try writePlaces(page, writer, &fallbacks)
            try writeTexts(page, writer)
        }
        try writeSitemap(writer)
        try writeAssets(writer)
        return SiteBuildResult(summary: try writer.finish(), fallbacks: fallbacks.count)
    }

    /// The fingerprint of a page that is rendered on every build (lists, small pages): the writer
    /// still leaves its file alone when the bytes come out the same.
    var alwaysRender: String { "render-each-build:\(options.now)" }

    /// Renders a template, failing loudly (a missing template is a deployment error).
    func render(_ template: String, _ context: [String: Any]) throws -> [UInt8] {
        guard let html = templates.library.render(context, withTemplate: template) else {
            throw SiteBuildError.missingTemplate(template)
        }
        return Array(html.utf8)
    }
}
