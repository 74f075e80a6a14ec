import GangwayCore

extension SiteBuilder {
    /// Pier pages (address, map link, departures), vessel pages (facts, charter form), and the
    /// lists of piers and of vessels offered for charter.
    func writePlaces(_ page: PageFactory, _ writer: SiteWriter) throws {
        let language = page.language
        for pier in catalog.piers {
            let shown = groups.nextByPier[pier.id, default: []][...]
            let fingerprint = page.fingerprint(["pier", pier.id, pierDigests[pier.id] ?? ""], sailings: shown)
            try writer.submit(
                path: SitePaths.file(for: SitePaths.pier(pier.id, language)), inputFingerprint: fingerprint
            ) {
                let name = page.text(pier.name)
                var context = page.layout(title: name, path: { SitePaths.pier(pier.id, $0) })
                context["heading"] = name
                var facts: [[String: String]] = []
                if pier.address.ru != nil {
                    facts.append(["label": page.t("pier.address"), "value": page.text(pier.address)])
                }
                context["facts"] = facts
                if let map = Self.mapLink(pier) {
                    context["mapHref"] = map
                }
                context["sailingsHeading"] = page.t("pier.departures")
                context["sailings"] = shown.map { page.card($0) }
                context["hasSailings"] = !shown.isEmpty
                context["noSailings"] = page.t("product.no_sailings")
                return try render("place", context, in: page.language)
            }
        }
        for vessel in catalog.vessels {
            let shown = groups.nextByVessel[vessel.id, default: []][...]
            let fingerprint = page.fingerprint(
                ["vessel", vessel.id, vesselDigests[vessel.id] ?? "", options.checkoutURL ?? ""], sailings: shown)
            try writer.submit(
                path: SitePaths.file(for: SitePaths.vessel(vessel.id, language)), inputFingerprint: fingerprint
            ) { try render("place", vesselContext(vessel, shown: shown, page), in: page.language) }
        }
        var piersList = page.layout(title: page.t("nav.piers"), path: SitePaths.piers)
        piersList["heading"] = page.t("nav.piers")
        piersList["items"] = catalog.piers.map { pier -> [String: Any] in
            var item: [String: Any] = [
                "href": SitePaths.pier(pier.id, language), "title": page.text(pier.name),
            ]
            if pier.address.ru != nil { item["detail"] = page.text(pier.address) }
            return item
        }
        try writer.submit(
            path: SitePaths.file(for: SitePaths.piers(language)), inputFingerprint: staticList(page, kind: "piers")
        ) {
            try render("listing", piersList, in: page.language)
        }
        var charters = page.layout(title: page.t("charter.title"), path: SitePaths.charters)
        charters["heading"] = page.t("charter.title")
        charters["intro"] = page.t("charter.intro")
        charters["items"] = catalog.vessels.compactMap { vessel -> [String: Any]? in
            guard let charter = vessel.charter else { return nil }
            return [
                "href": SitePaths.vessel(vessel.id, language), "title": page.text(vessel.name),
                "detail": page.t("charter.hour_price", ["price": page.format.money(charter.hourPrice)]) + ", "
                    + page.messages.plural("charter.guests", count: charter.maximumGuests),
            ]
        }
        try writer.submit(
            path: SitePaths.file(for: SitePaths.charters(language)),
            inputFingerprint: staticList(page, kind: "charters")
        ) {
            try render("listing", charters, in: page.language)
        }
    }

    /// A vessel's page: facts, the charter form when it is offered for charter, its next sailings.
    private func vesselContext(_ vessel: Vessel, shown: ArraySlice<SiteSailing>, _ page: PageFactory) -> [String: Any] {
        let name = page.text(vessel.name)
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
                    "charterHeading": page.t("charter.title"), "vesselID": vessel.id,
                    "hourPrice": page.t("charter.hour_price", ["price": page.format.money(charter.hourPrice)]),
                    "minimumHours": page.messages.plural("charter.min_hours", count: charter.minimumHours),
                    "guests": page.messages.plural("charter.guests", count: charter.maximumGuests),
                    "formAction": (options.checkoutURL ?? "") + "/api/v1/charters",
                    "nameLabel": page.t("charter.form.name"), "emailLabel": page.t("charter.form.email"),
                    "phoneLabel": page.t("charter.form.phone"), "dateLabel": page.t("charter.form.date"),
                    "timeLabel": page.t("charter.form.time"),
                    "hoursLabel": page.t("charter.form.hours"), "guestsLabel": page.t("charter.form.guests"),
                    "submitLabel": page.t("charter.form.submit"), "minHours": charter.minimumHours,
                    "maxGuests": charter.maximumGuests,
                ] as [String: Any]
        }
        context["sailingsHeading"] = page.t("product.upcoming")
        context["sailings"] = shown.map { page.card($0) }
        context["hasSailings"] = !shown.isEmpty
        context["noSailings"] = page.t("product.no_sailings")
        return context
    }

    /// The fingerprint of a list of piers or vessels: every pier and vessel digest.
    private func staticList(_ page: PageFactory, kind: String) -> String {
        let digestsShown =
            catalog.piers.map { pierDigests[$0.id] ?? "" } + catalog.vessels.map { vesselDigests[$0.id] ?? "" }
        return page.fingerprint([kind] + digestsShown, sailings: [])
    }
}
