import GangwayCore

/// Operator texts that have Russian but no translation into a language of the site, so the site
/// shows them in Russian there: counted from the catalogue itself (each text once per language,
/// however many pages show it), so a full and an incremental build report the same figure.
struct TranslationGaps: Equatable {
    /// Per language other than Russian: how many operator texts fall back to Russian.
    var byLanguage: [Language: Int]

    /// The sum over languages.
    var total: Int { byLanguage.values.reduce(0, +) }

    init(catalog: SiteCatalog, languages: [Language]) {
        var texts: [LocalizedText] = []
        for product in catalog.products { texts += [product.title, product.summary, product.description] }
        for pier in catalog.piers { texts += [pier.name, pier.address] }
        for vessel in catalog.vessels { texts.append(vessel.name) }
        for layout in catalog.layouts { texts += layout.sections.map(\.name) }
        var counts: [Language: Int] = [:]
        for language in languages where language != .ru {
            counts[language] = texts.count { $0.ru != nil && $0[language] == nil }
        }
        byLanguage = counts
    }
}
