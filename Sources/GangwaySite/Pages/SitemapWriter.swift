import GangwayCore

/// The XML of `sitemap.xml`: one `<url>` per page and language, each with `xhtml:link`
/// alternates for every language and `x-default` (Russian). A site with more than
/// ``maximumURLs`` URLs gets a sitemap index pointing at numbered files under `sitemaps/`
/// (search engines read at most 50,000 URLs or 50 MB per file).
struct SitemapWriter {
    /// URLs per file, well under the protocol's 50,000 (and its 50 MB with the alternates).
    static let maximumURLs = 40_000

    let baseURL: String
    let languages: [Language]

    /// A `<urlset>` of `paths` (each a page's path in a given language).
    func urlSet(_ paths: [(Language) -> String]) -> [UInt8] {
        var xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">

            """
        for path in paths {
            let alternates = languages.map { other in
                "<xhtml:link rel=\"alternate\" hreflang=\"\(PageFactory.htmlLang(other))\" href=\""
                    + XMLEscaping.attribute(baseURL + path(other)) + "\"/>"
            }.joined()
            let fallback =
                "<xhtml:link rel=\"alternate\" hreflang=\"x-default\" href=\""
                + XMLEscaping.attribute(baseURL + path(.ru)) + "\"/>"
            for language in languages {
                xml +=
                    "<url><loc>\(XMLEscaping.text(baseURL + path(language)))</loc>" + alternates + fallback + "</url>\n"
            }
        }
        xml += "</urlset>\n"
        return Array(xml.utf8)
    }

    /// A `<sitemapindex>` of `sitemaps/sitemap-1.xml` … `sitemap-<files>.xml`.
    func index(files: Int) -> [UInt8] {
        var xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">

            """
        for number in 1...max(1, files) {
            xml += "<sitemap><loc>\(XMLEscaping.text(baseURL + "/sitemaps/sitemap-\(number).xml"))</loc></sitemap>\n"
        }
        xml += "</sitemapindex>\n"
        return Array(xml.utf8)
    }
}
