import GangwayCore

extension SiteBuilder {
    /// Pier pages (address, map link, departures), vessel pages (facts, charter form), and the
    /// lists of piers and of vessels offered for charter.
    func writePlaces(_ page: PageFactory, _ writer: SiteWriter, _ fallbacks: inout FallbackCounter) throws {
        let language = page.language
        for pier in catalog.piers {
            let name = fallbacks.text(pier.name, language)
            var context = page.layout(title: name, path: { SitePaths.pier(pier.id, $0) })
            context["heading"] = name
            var facts: [[String: String]] = []
            if pier.address.ru != nil {
                facts.append(["label": page.t("pier.address"), "value": fallbacks.text(pier.address, language)])
            }
            context["facts"] = facts
            if let map = Self.mapLink(pier) {
                context["mapHref"] = map
                context["mapLabel"] = page.t("sailing.map_link")
            }
            context["sailingsHeading"] = page.t("pier.departures")
            context["sailings"] = upcoming.filter { $0.pierID == pier.id }.prefix(60).map {
                page.card($0, fallbacks: &fallbacks)
            }
            try writer.submit(
                path: SitePaths.file(for: SitePaths.pier(pier.id, language)), inputFingerprint: alwaysRender
            ) {
                try render("place", context)
            }
        }
        for vessel in catalog.vessels {
            let name = fallbacks.text(vessel.name, language)
            var context = page.layout(title: name, path: { SitePaths.vessel(vessel.id, $0) })
            context["heading"] = name
            context["facts"] = [
                ["label": page.t("vessel.title"), "value": page.t("vessel.kind.\(vessel.kind.rawValue)")],
                [
                    "label": page.t("sailing.quantity"),
                    "value": page.messages.plural("vessel.capacity", count: vessel.capacity),
                ],
            ]
            if let charter = vessel.charter {
                context["charter"] =
                    [
                        "charterHeading": page.t("charter.title"), "vesselID": vessel.id, "lang": language.rawValue,
                        "hourPrice": page.t("charter.hour_price", ["price": page.format.money(charter.hourPrice)]),
                        "minimumHours": page.messages.plural("charter.min_hours", count: charter.minimumHours),
                        "guests": page.messages.plural("charter.guests", count: charter.maximumGuests),
                        "formAction": (options.checkoutURL ?? "") + "/api/v1/charters",
                        "nameLabel": page.t("charter.form.name"), "emailLabel": page.t("charter.form.email"),
                        "phoneLabel": page.t("charter.form.phone"), "dateLabel": page.t("charter.form.date"),
                        "hoursLabel": page.t("charter.form.hours"), "guestsLabel": page.t("charter.form.guests"),
                        "submitLabel": page.t("charter.form.submit"), "minHours": charter.minimumHours,
                        "maxGuests": charter.maximumGuests,
                    ] as [String: Any]
            }
            context["sailingsHeading"] = page.t("product.upcoming")
            context["sailings"] = upcoming.filter { $0.vesselID == vessel.id }.prefix(60).map {
                page.card($0, fallbacks: &fallbacks)
            }
            try writer.submit(
                path: SitePaths.file(for: SitePaths.vessel(vessel.id, language)), inputFingerprint: alwaysRender
            ) { try render("place", context) }
        }
        var piersList = page.layout(title: page.t("nav.piers"), path: SitePaths.piers)
        piersList["heading"] = page.t("nav.piers")
        piersList["items"] = catalog.piers.map { pier -> [String: Any] in
            var item: [String: Any] = [
                "href": SitePaths.pier(pier.id, language), "title": fallbacks.text(pier.name, language),
            ]
            if pier.address.ru != nil { item["detail"] = fallbacks.text(pier.address, language) }
            return item
        }
        try writer.submit(path: SitePaths.file(for: SitePaths.piers(language)), inputFingerprint: alwaysRender) {
            try render("listing", piersList)
        }
        var charters = page.layout(title: page.t("charter.title"), path: SitePaths.charters)
        charters["heading"] = page.t("charter.title")
        charters["intro"] = page.t("charter.intro")
        charters["items"] = catalog.vessels.compactMap { vessel -> [String: Any]? in
            guard let charter = vessel.charter else { return nil }
            return [
                "href": SitePaths.vessel(vessel.id, language), "title": fallbacks.text(vessel.name, language),
                "detail": page.t("charter.hour_price", ["price": page.format.money(charter.hourPrice)]) + ", "
                    + page.messages.plural("charter.guests", count: charter.maximumGuests),
            ]
        }
        try writer.submit(path: SitePaths.file(for: SitePaths.charters(language)), inputFingerprint: alwaysRender) {
            try render("listing", charters)
        }
    }
}
