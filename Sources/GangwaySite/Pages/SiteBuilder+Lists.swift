import Foundation
import GangwayCore

extension SiteBuilder {
    /// `/` — a light language chooser, Russian first (also the `x-default`), no redirect.
    func writeRoot(_ writer: SiteWriter) throws {
        var languages: [[String: Any]] = []
        for language in options.languages {
            let choose = messages[language]?.text("root.choose", [:]) ?? PageFactory.languageName(language)
            languages.append([
                "code": PageFactory.htmlLang(language), "href": SitePaths.home(language), "choose": choose,
            ])
        }
        let context: [String: Any] = [
            "siteName": messages[.ru]?.text("site.name", [:]) ?? "Gangway", "canonical": options.baseURL + "/",
            "alternates": options.languages.map {
                ["hreflang": PageFactory.htmlLang($0), "href": options.baseURL + SitePaths.home($0)]
            } + [["hreflang": "x-default", "href": options.baseURL + "/"]],
            "languages": languages,
        ]
        try writer.submit(path: "index.html", inputFingerprint: staticPage) { try render("root", context, in: .ru) }
    }

    /// The home page: what sails today and soon, and every product.
    func writeHome(_ page: PageFactory, _ writer: SiteWriter) throws {
        let language = page.language
        let todays = upcoming.filter { $0.serviceDate == today }
        let soon = upcoming.filter { $0.serviceDate > today }.prefix(12)
        let fingerprint = page.fingerprint(
            ["home", "\(today)"] + catalog.products.map { productDigests[$0.id] ?? "" }, sailings: todays + soon)
        try writer.submit(path: SitePaths.file(for: SitePaths.home(language)), inputFingerprint: fingerprint) {
            try render("home", homeContext(todays: todays, soon: Array(soon), page), in: page.language)
        }
    }

    /// The home page: today's sailings, the next ones, and every product.
    private func homeContext(todays: [SiteSailing], soon: [SiteSailing], _ page: PageFactory) -> [String: Any] {
        let language = page.language
        var context = page.layout(
            title: page.t("home.title"), description: page.t("site.tagline"), path: SitePaths.home)
        context["heading"] = page.t("home.title")
        context["tagline"] = page.t("site.tagline")
        context["todayHeading"] = page.t("home.today")
        context["soonHeading"] = page.t("home.soon")
        context["nothingToday"] = page.t("home.nothing_today")
        context["productsHeading"] = page.t("nav.catalogue")
        context["today"] = todays.map { page.card($0, timeOnly: true) }
        context["hasToday"] = !todays.isEmpty
        context["hasSoon"] = !soon.isEmpty
        context["soon"] = soon.map { page.card($0) }
        context["products"] = catalog.products.map { product -> [String: Any] in
            var item: [String: Any] = [
                "href": SitePaths.product(product.id, language), "title": page.text(product.title),
            ]
            if product.summary.ru != nil { item["summary"] = page.text(product.summary) }
            return item
        }
        return context
    }

    /// One page per service day with sailings (from today on), with a month calendar, and the list of days.
    func writeDays(_ page: PageFactory, _ writer: SiteWriter) throws {
        let language = page.language
        let byDay = groups.byDay
        let days = byDay.keys.sorted()
        let byMonth = Dictionary(grouping: days) { $0.year * 12 + $0.month }
        try ParallelPages.forEach(Array(days.indices)) { index in
            let day = days[index]
            let previous = index > 0 ? days[index - 1] : nil
            let next = index + 1 < days.count ? days[index + 1] : nil
            let month = byMonth[day.year * 12 + day.month] ?? []
            let fingerprint = page.fingerprint(
                ["day", "\(day)", previous.map { "\($0)" } ?? "", next.map { "\($0)" } ?? ""]
                    + month.map { "\($0)" }, sailings: byDay[day] ?? [])
            try writer.submit(path: SitePaths.file(for: SitePaths.day(day, language)), inputFingerprint: fingerprint) {
                try render(
                    "day",
                    dayContext(
                        day, previous: previous, next: next, hasSailings: { byDay[$0] != nil }, byDay[day] ?? [], page),
                    in: page.language)
            }
        }
        let listFingerprint = page.fingerprint(["days"] + days.map { "\($0):\(byDay[$0]?.count ?? 0)" }, sailings: [])
        try writer.submit(path: SitePaths.file(for: SitePaths.days(language)), inputFingerprint: listFingerprint) {
            var context = page.layout(title: page.t("catalogue.title"), path: SitePaths.days)
            context["heading"] = page.t("catalogue.title")
            context["items"] = days.map { day -> [String: Any] in
                [
                    "href": SitePaths.day(day, language), "title": page.format.date(day),
                    "detail": page.messages.plural("count.sailings", count: byDay[day]?.count ?? 0),
                ]
            }
            return try render("listing", context, in: page.language)
        }
    }

    /// One page per product: description, photo, upcoming sailings.
    func writeProducts(_ page: PageFactory, _ writer: SiteWriter) throws {
        let language = page.language
        for product in catalog.products {
            let shown = groups.nextByProduct[product.id, default: []][...]
            let fingerprint = page.fingerprint(
                ["product", product.id, productDigests[product.id] ?? "", options.baseURL], sailings: shown)
            try writer.submit(
                path: SitePaths.file(for: SitePaths.product(product.id, language)), inputFingerprint: fingerprint
            ) { try render("product", productContext(product, shown: shown, page), in: page.language) }
        }
    }

    /// A product page: description, photo, duration, age limit and the next sailings.
    private func productContext(_ product: Product, shown: ArraySlice<SiteSailing>, _ page: PageFactory)
        -> [String: Any]
    {
        let title = page.text(product.title)
        let summary = product.summary.ru == nil ? nil : page.text(product.summary)
        let image = Self.imageURL(product.image)
        var context = page.layout(
            title: title, description: summary, path: { SitePaths.product(product.id, $0) },
            image: image.map { $0.hasPrefix("/") ? options.baseURL + $0 : $0 })
        context["heading"] = title
        if let summary { context["summary"] = summary }
        if let image { context["imageURL"] = image }
        context["duration"] = page.format.duration(minutes: product.durationMinutes, catalog: page.messages)
        if let age = product.ageMinimum, age > 0 {
            context["ageLabel"] = page.t("product.age_label")
            context["age"] = page.t("product.age_min", ["age": "\(age)"])
        }
        let description = product.description.ru == nil ? "" : page.text(product.description)
        context["paragraphs"] = description.components(separatedBy: "\n").map {
            $0.trimmingCharacters(in: .whitespaces)
        }.filter { !$0.isEmpty }
        context["upcomingHeading"] = page.t("product.upcoming")
        context["noSailings"] = page.t("product.no_sailings")
        context["sailings"] = shown.map { page.card($0) }
        context["hasSailings"] = !shown.isEmpty
        return context
    }

    /// A day page: a month calendar linking the days with sailings, the day's sailings, and links
    /// to the previous and next days with sailings.
    private func dayContext(
        _ day: LocalDate, previous: LocalDate?, next: LocalDate?, hasSailings: (LocalDate) -> Bool,
        _ sailings: [SiteSailing], _ page: PageFactory
    ) -> [String: Any] {
        let language = page.language
        let title = page.t("catalogue.day_title", ["date": page.format.date(day)])
        var context = page.layout(title: title, path: { SitePaths.day(day, $0) })
        context["heading"] = title
        context["calendarLabel"] = page.t("nav.catalogue")
        context["monthHeading"] = page.format.monthYear(year: day.year, month: day.month)
        var cells: [[String: Any]] = []
        var cursor = LocalDate(year: day.year, month: day.month, day: 1) ?? day
        while cursor.month == day.month {
            var cell: [String: Any] = ["label": "\(cursor.day)"]
            if hasSailings(cursor) { cell["href"] = SitePaths.day(cursor, language) }
            if cursor == day { cell["current"] = true }
            cells.append(cell)
            cursor = cursor.adding(days: 1)
        }
        context["days"] = cells
        if let previous {
            context["previous"] = ["href": SitePaths.day(previous, language), "label": page.format.date(previous)]
        }
        if let next {
            context["next"] = ["href": SitePaths.day(next, language), "label": page.format.date(next)]
        }
        context["sailings"] = sailings.map { page.card($0, timeOnly: true) }
        return context
    }

    /// An operator's image: a path under `inbox/media/` is served from `/media/`; URLs as given.
    static func imageURL(_ image: String?) -> String? {
        guard let image, !image.isEmpty else { return nil }
        let lower = image.lowercased()
        if lower.hasPrefix("https://") || lower.hasPrefix("http://") { return image }
        let name = image.hasPrefix("media/") ? String(image.dropFirst("media/".count)) : image
        return "/media/" + name
    }
}
