import Foundation
import GangwayCore

extension SiteBuilder {
    /// Policy pages (their text from `templates/policies/NAME.LANG.txt`, paragraphs separated by
    /// blank lines) and the language's 404 page.
    func writeTexts(_ page: PageFactory, _ writer: SiteWriter) throws {
        let language = page.language
        for name in ["refunds", "privacy"] {
            let title = page.t("policy.\(name).title")
            let url = options.templates.appendingPathComponent("policies/\(name).\(language.rawValue).txt")
            let text = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
            var context = page.layout(title: title, path: { SitePaths.policy(name, $0) })
            context["heading"] = title
            context["paragraphs"] = text.components(separatedBy: "\n\n").map {
                $0.trimmingCharacters(in: .whitespacesAndNewlines)
            }.filter { !$0.isEmpty }
            try writer.submit(
                path: SitePaths.file(for: SitePaths.policy(name, language)), inputFingerprint: staticPage
            ) {
                try render("text", context, in: page.language)
            }
        }
        try writeOrderPage(page, writer)
        var context = page.layout(title: page.t("notfound.title"), path: SitePaths.notFound)
        context["heading"] = page.t("notfound.title")
        context["paragraphs"] = [page.t("notfound.text")]
        context["homeLink"] = page.t("notfound.home_link")
        try writer.submit(path: SitePaths.file(for: SitePaths.notFound(language)), inputFingerprint: staticPage) {
            try render("text", context, in: page.language)
        }
    }

    /// The order page: static, filled in by `/assets/order.js` from `GET /api/v1/orders/{code}`
    /// (status, lines, totals, tickets with QR codes, the pay button). Not in the sitemap.
    func writeOrderPage(_ page: PageFactory, _ writer: SiteWriter) throws {
        var context = page.layout(title: page.t("order.title"), path: SitePaths.order)
        context["heading"] = page.t("order.title")
        context["noindex"] = true
        context["apiBase"] = options.checkoutURL ?? ""
        context["orderScript"] = true
        var labels: [[String: String]] = []
        for key in [
            "order.loading", "order.not_found", "order.code", "order.status", "order.total", "order.vat",
            "order.discount", "order.fees", "order.expires", "order.tickets", "order.pay", "order.pay_failed",
            "order.state.pending",
            "order.state.paid", "order.state.expired", "order.state.refunded", "order.state.needs_resolution",
            "order.seat",
        ] {
            labels.append(["name": key.replacingOccurrences(of: ".", with: "-"), "text": page.t(key)])
        }
        context["labels"] = labels
        context["loading"] = page.t("order.loading")
        context["noscript"] = page.t("order.noscript")
        try writer.submit(path: SitePaths.file(for: SitePaths.order(page.language)), inputFingerprint: staticPage) {
            try render("order", context, in: page.language)
        }
    }

    /// `sitemap.xml` with `xhtml:link` alternates for every page in every language, and `robots.txt`.
    func writeSitemap(_ writer: SiteWriter) throws {
        var paths: [(Language) -> String] = [SitePaths.home, SitePaths.days, SitePaths.piers, SitePaths.charters]
        var byDay: Set<LocalDate> = []
        for sailing in upcoming { byDay.insert(sailing.serviceDate) }
        paths += byDay.sorted().map { day in { SitePaths.day(day, $0) } }
        paths += catalog.products.map { product in { SitePaths.product(product.id, $0) } }
        paths += upcoming.map { sailing in { SitePaths.sailing(sailing.id, $0) } }
        paths += catalog.piers.map { pier in { SitePaths.pier(pier.id, $0) } }
        paths += catalog.vessels.map { vessel in { SitePaths.vessel(vessel.id, $0) } }
        paths += ["refunds", "privacy"].map { name in { SitePaths.policy(name, $0) } }
        let listed =
            upcoming.map(\.id).joined(separator: ",") + "|" + catalog.products.map(\.id).joined(separator: ",")
            + "|" + catalog.piers.map(\.id).joined(separator: ",") + "|"
            + catalog.vessels.map(\.id).joined(separator: ",")
            + "|" + byDay.sorted().map { "\($0)" }.joined(separator: ",")
        let perFile = max(1, SitemapWriter.maximumURLs / max(1, options.languages.count))
        let chunks = stride(from: 0, to: paths.count, by: perFile).map {
            Array(paths[$0..<min($0 + perFile, paths.count)])
        }
        let sitemap = SitemapWriter(baseURL: options.baseURL, languages: options.languages)
        let fingerprint = SHA256.hex(Array(listed.utf8))
        if chunks.count == 1 {
            try writer.submit(path: "sitemap.xml", inputFingerprint: fingerprint) { sitemap.urlSet(paths) }
        } else {
            for (index, chunk) in chunks.enumerated() {
                try writer.submit(path: "sitemaps/sitemap-\(index + 1).xml", inputFingerprint: fingerprint) {
                    sitemap.urlSet(chunk)
                }
            }
            try writer.submit(path: "sitemap.xml", inputFingerprint: fingerprint) { sitemap.index(files: chunks.count) }
        }
        let robots = "User-agent: *\nAllow: /\nDisallow: /api/\nSitemap: \(options.baseURL)/sitemap.xml\n"
        try writer.submit(path: "robots.txt", inputFingerprint: staticPage) { Array(robots.utf8) }
    }

    /// Copies `templates/assets/` to `assets/` (CSS, the seat-map script).
    func writeAssets(_ writer: SiteWriter) throws {
        let folder = options.templates.appendingPathComponent("assets", isDirectory: true)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        for name in names.sorted() where !name.hasPrefix(".") {
            let url = folder.appendingPathComponent(name)
            try writer.submit(path: "assets/\(name)", inputFingerprint: staticPage) {
                [UInt8](try Data(contentsOf: url))
            }
        }
    }
}
