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
        try writer.submit(path: "index.html", inputFingerprint: alwaysRender) { try render("root", context) }
    }

    /// The home page: what sails today and soon, and every product.
    func writeHome(_ page: PageFactory, _ writer: SiteWriter, _ fallbacks: inout FallbackCounter) throws {
        let language = page.language
        let todays = upcoming.filter { $0.serviceDate == today }
        let soon = upcoming.filter { $0.serviceDate > today }.prefix(12)
        var context = page.layout(
            title: page.t("home.title"), description: page.t("site.tagline"), path: SitePaths.home)
        context["heading"] = page.t("home.title")
        context["tagline"] = page.t("site.tagline")
        context["todayHeading"] = page.t("home.today")
        context["soonHeading"] = page.t("home.soon")
        context["nothingToday"] = page.t("home.nothing_today")
        context["productsHeading"] = page.t("nav.catalogue")
        context["today"] = todays.map { page.card($0, fallbacks: &fallbacks, timeOnly: true) }
        context["soon"] = soon.map { page.card($0, fallbacks: &fallbacks) }
        context["products"] = catalog.products.map { product -> [String: Any] in
            var item: [String: Any] = [
                "href": SitePaths.product(product.id, language), "title": fallbacks.text(product.title, language),
            ]
            if product.summary.ru != nil { item["summary"] = fallbacks.text(product.summary, language) }
            return item
        }
        try writer.submit(path: SitePaths.file(for: SitePaths.home(language)), inputFingerprint: alwaysRender) {
            try render("home", context)
        }
    }

    /// One page per service day with sailings (from today on), with a month calendar, and the list of days.
    func writeDays(_ page: PageFactory, _ writer: SiteWriter, _ fallbacks: inout FallbackCounter) throws {
        let language = page.language
        var byDay: [LocalDate: [SiteSailing]] = [:]
        for sailing in upcoming { byDay[sailing.serviceDate, default: []].append(sailing) }
        let days = byDay.keys.sorted()
        for (index, day) in days.enumerated() {
            let title = page.t("catalogue.day_title", ["date": page.format.date(day)])
            var context = page.layout(title: title, path: { SitePaths.day(day, $0) })
            context["heading"] = title
            context["calendarLabel"] = page.t("nav.catalogue")
            context["monthHeading"] = page.format.monthYear(year: day.year, month: day.month)
            var cells: [[String: Any]] = []
            var cursor = LocalDate(year: day.year, month: day.month, day: 1) ?? day
            while cursor.month == day.month {
                var cell: [String: Any] = ["label": "\(cursor.day)"]
                if byDay[cursor] != nil { cell["href"] = SitePaths.day(cursor, language) }
                if cursor == day { cell["current"] = true }
                cells.append(cell)
                cursor = cursor.adding(days: 1)
            }
            context["days"] = cells
            if index > 0 {
                let previous = days[index - 1]
                context["previous"] = ["href": SitePaths.day(previous, language), "label": page.format.date(previous)]
            }
            if index + 1 < days.count {
                let next = days[index + 1]
                context["next"] = ["href": SitePaths.day(next, language), "label": page.format.date(next)]
            }
            context["sailings"] = (byDay[day] ?? []).map { page.card($0, fallbacks: &fallbacks, timeOnly: true) }
            try writer.submit(path: SitePaths.file(for: SitePaths.day(day, language)), inputFingerprint: alwaysRender) {
                try render("day", context)
            }
        }
        var context = page.layout(title: page.t("catalogue.title"), path: SitePaths.days)
        context["heading"] = page.t("catalogue.title")
        context["items"] = days.map { day -> [String: Any] in
            [
                "href": SitePaths.day(day, language), "title": page.format.date(day),
                "detail": page.messages.plural("count.sailings", count: byDay[day]?.count ?? 0),
            ]
        }
        try writer.submit(path: SitePaths.file(for: SitePaths.days(language)), inputFingerprint: alwaysRender) {
            try render("listing", context)
        }
    }

    /// One page per product: description, photo, upcoming sailings.
    func writeProducts(_ page: PageFactory, _ writer: SiteWriter, _ fallbacks: inout FallbackCounter) throws {
        let language = page.language
        var byProduct: [String: [SiteSailing]] = [:]
        for sailing in upcoming { byProduct[sailing.productID, default: []].append(sailing) }
        for product in catalog.products {
            let title = fallbacks.text(product.title, language)
            let summary = product.summary.ru == nil ? nil : fallbacks.text(product.summary, language)
            let image = Self.imageURL(product.image)
            var context = page.layout(
                title: title, description: summary, path: { SitePaths.product(product.id, $0) },
                image: image.map { $0.hasPrefix("/") ? options.baseURL + $0 : $0 })
            context["heading"] = title
            if let summary { context["summary"] = summary }
            if let image { context["imageURL"] = image }
            context["durationLabel"] = page.t("sailing.duration")
            context["duration"] = page.format.duration(minutes: product.durationMinutes, catalog: page.messages)
            if let age = product.ageMinimum, age > 0 {
                context["ageLabel"] = page.t("product.age_label")
                context["age"] = page.t("product.age_min", ["age": "\(age)"])
            }
            let description = product.description.ru == nil ? "" : fallbacks.text(product.description, language)
            context["paragraphs"] = description.components(separatedBy: "\n").map {
                $0.trimmingCharacters(in: .whitespaces)
            }.filter { !$0.isEmpty }
            context["upcomingHeading"] = page.t("product.upcoming")
            context["noSailings"] = page.t("product.no_sailings")
            context["sailings"] = (byProduct[product.id] ?? []).prefix(60).map { page.card($0, fallbacks: &fallbacks) }
            try writer.submit(
                path: SitePaths.file(for: SitePaths.product(product.id, language)), inputFingerprint: alwaysRender
            ) { try render("product", context) }
        }
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
