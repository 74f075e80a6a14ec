import Foundation
import GangwayCore

/// Builds the static storefront from a ``SiteCatalog``: every page in every language, the
/// sitemap, robots.txt and the assets, written incrementally and atomically by ``SiteWriter``.
///
/// A class, set up once and read-only afterwards: every page's render closure refers to it, and a
/// struct this size would be copied (all its references retained and released) for each of the
/// tens of thousands of pages.
public final class SiteBuilder {
    let catalog: SiteCatalog
    let options: SiteOptions
    let templates: SiteTemplates
    let messages: [Language: MessageCatalog]
    /// Each language's templates, with the values every page of the language shares filled in.
    let libraries: [Language: PageTemplateLibrary]
    let products: [String: Product]
    let vessels: [String: Vessel]
    let piers: [String: Pier]
    let layouts: [String: SeatLayout]
    /// A digest of each product, vessel, pier and layout by id, computed once: part of the
    /// fingerprint of every sailing page that shows it.
    let productDigests: [String: String]
    let vesselDigests: [String: String]
    let pierDigests: [String: String]
    let layoutDigests: [String: String]
    let seatMaps = SeatMapCache()
    /// Each upcoming sailing's ``digest(of:)``, by id.
    private(set) var sailingDigests: [String: String] = [:]
    /// The operator's today, and the sailings departing from its start on.
    let today: LocalDate
    let upcoming: [SiteSailing]
    /// ``upcoming`` grouped by day, product, pier and vessel for the list pages.
    let groups: SailingGroups

    /// A builder for `catalog`, rendering with `presentation` (loaded from `options.templates`
    /// when not given).
    public init(catalog: SiteCatalog, options: SiteOptions, presentation: SitePresentation? = nil) throws {
        self.catalog = catalog
        self.options = options
        let presentation = try presentation ?? SitePresentation(options: options)
        self.templates = presentation.templates
        self.messages = presentation.messages
        self.libraries = presentation.libraries
        products = Dictionary(catalog.products.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        vessels = Dictionary(catalog.vessels.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        piers = Dictionary(catalog.piers.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        layouts = Dictionary(catalog.layouts.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let digestOf = { (value: Any) in SHA256.hex(Array(String(describing: value).utf8)) }
        productDigests = Dictionary(
            catalog.products.map { ($0.id, digestOf($0)) }, uniquingKeysWith: { first, _ in first })
        vesselDigests = Dictionary(
            catalog.vessels.map { ($0.id, digestOf($0)) }, uniquingKeysWith: { first, _ in first })
        pierDigests = Dictionary(catalog.piers.map { ($0.id, digestOf($0)) }, uniquingKeysWith: { first, _ in first })
        // Layouts field by field: describing thousands of seats by reflection is slow, and a
        // layout's source file and line are not what its seat maps show.
        layoutDigests = Dictionary(
            catalog.layouts.map { ($0.id, Self.digest(of: $0)) }, uniquingKeysWith: { first, _ in first })
        var converter = LocalTimeConverter(timeZoneIdentifier: options.timeZone)
        let today = converter?.localDate(at: options.now) ?? LocalDate(dayNumber: Int(options.now / 86_400))
        self.today = today
        let start = converter?.instant(of: today, at: .midnight) ?? options.now
        upcoming = catalog.sailings.filter { $0.departsAt >= start }
        groups = SailingGroups(upcoming)
        let computed = ParallelPages.map(upcoming) { [self] in digest(of: $0) }
        sailingDigests = Dictionary(zip(upcoming.map(\.id), computed), uniquingKeysWith: { first, _ in first })
    }

    /// Writes the whole site; returns what changed. `previous` is the output folder's manifest
    /// when the caller started reading it early (so that it is read while the catalog is);
    /// otherwise the writer reads it now.
    public func build(previous: BackgroundWork<SiteManifest?>? = nil) throws -> SiteBuildResult {
        let writer =
            if let previous {
                try SiteWriter(
                    directory: options.output, loaded: previous.result, templateFingerprint: buildFingerprint,
                    full: options.full, durability: .syncReplacedFiles)
            } else {
                try SiteWriter(
                    directory: options.output, templateFingerprint: buildFingerprint, full: options.full,
                    durability: .syncReplacedFiles)
            }
        try writeRoot(writer)
        // The languages side by side: each has short serial parts (home, products, places,
        // texts) that would otherwise leave a core idle.
        try ParallelPages.forEach(options.languages) { language in
            let page = try PageFactory(builder: self, language: language)
            try writeHome(page, writer)
            try writeDays(page, writer)
            try writeProducts(page, writer)
            try writeSailings(page, writer)
            try writePlaces(page, writer)
            try writeTexts(page, writer)
        }
        try writeSitemap(writer)
        try writeAssets(writer)
        let gaps = TranslationGaps(catalog: catalog, languages: options.languages)
        return SiteBuildResult(summary: try writer.finish(), fallbacks: gaps.total)
    }

    /// What every page depends on besides its own inputs: the templates, messages and assets,
    /// and the options that appear on pages (origins, languages, time zone). A change to any of
    /// them renders every page again.
    var buildFingerprint: String {
        let parts = [
            "site-v2", templates.fingerprint, options.baseURL, options.checkoutURL ?? "",
            options.languages.map(\.rawValue).joined(separator: ","), options.timeZone,
        ]
        return SHA256.hex(Array(parts.joined(separator: "\u{1F}").utf8))
    }

    /// The fingerprint of a page whose content depends only on the templates and options (root,
    /// policies, 404, robots.txt, assets): rendered again only when ``buildFingerprint`` changes.
    var staticPage: String { "static-v1" }

    /// Renders a template, failing loudly (a missing template is a deployment error).
    func render(_ template: String, _ context: [String: Any], in language: Language) throws -> [UInt8] {
        guard let html = libraries[language]?.render(template, context) else {
            throw SiteBuildError.missingTemplate(template)
        }
        return html
    }

    /// What a layout's seat maps are drawn from, as one digest.
    static func digest(of layout: SeatLayout) -> String {
        var text = "layout-v1\u{1F}" + layout.id
        for section in layout.sections {
            text += "\u{1E}\(section.id)\u{1F}\(section.deck ?? "")\u{1F}\(section.name.ru ?? "")\u{1F}"
            text += "\(section.name.en ?? "")\u{1F}\(section.name.zh ?? "")\u{1F}\(section.kind.rawValue)\u{1F}"
            text += "\(section.category ?? "")\u{1F}\(section.capacity ?? -1)"
            for seat in section.seats {
                text += "\u{1D}\(seat.row)\u{1F}\(seat.seat)\u{1F}\(seat.x)\u{1F}\(seat.y)\u{1F}\(seat.category)"
                text += seat.accessible ? "\u{1F}a" : "\u{1F}-"
            }
        }
        return SHA256.hex(Array(text.utf8))
    }
}
