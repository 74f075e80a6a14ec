import Foundation
import GangwayCore

extension SiteBuilder {
    /// One page per upcoming sailing: departure at the pier's time, pier, vessel, prices, seat map or
    /// places left with a buy form, and schema.org JSON-LD. Pages are rendered only when what they
    /// show changed (their input fingerprint), which keeps a rebuild after one change fast.
    func writeSailings(_ page: PageFactory, _ writer: SiteWriter) throws {
        try ParallelPages.forEach(upcoming) { sailing in
            let path = SitePaths.sailing(sailing.id, page.language)
            try writer.submit(path: SitePaths.file(for: path), inputFingerprint: page.fingerprint(of: sailing)) {
                try render("sailing", sailingContext(sailing, page), in: page.language)
            }
        }
    }

    /// What a sailing page shows, in any language, as one digest: its own fields, its product,
    /// vessel, layout and pier, and whether it can be bought now. Computed once per build.
    func digest(of sailing: SiteSailing) -> String {
        let vessel = vessels[sailing.vesselID]
        let layout = vessel?.layoutID.flatMap { layouts[$0] }
        // One string, appended field by field (computed for every sailing on every build).
        var text = "v2"
        text.reserveCapacity(512)
        func add(_ part: String) {
            text += "\u{1F}"
            text += part
        }
        add(sailing.id)
        add(sailing.status.rawValue)
        add(String(sailing.departsAt))
        add(String(sailing.localTime.minutes))
        add(String(sailing.durationMinutes))
        add(String(sailing.capacity))
        add(String(sailing.sold))
        add(String(sailing.held))
        add(String(sailing.salesCloseMinutes))
        add(sailing.prices.key)
        add(sailing.returnPierID ?? "")
        add(sailing.takenSeats.isEmpty ? "" : sailing.takenSeats.sorted().joined(separator: ","))
        add(sailing.isSellable(at: options.now) ? "true" : "false")
        add(productDigests[sailing.productID] ?? "")
        add(vesselDigests[sailing.vesselID] ?? "")
        add(pierDigests[sailing.pierID] ?? "")
        add(sailing.returnPierID.flatMap { pierDigests[$0] } ?? "")
        add(layout.flatMap { layoutDigests[$0.id] } ?? "")
        return ContentHash.hex(Array(text.utf8))
    }

    func sailingContext(_ sailing: SiteSailing, _ page: PageFactory)
        -> [String: Any]
    {
        let language = page.language
        let product = products[sailing.productID]
        let vessel = vessels[sailing.vesselID]
        let pier = piers[sailing.pierID]
        let productTitle = product.map { page.text($0.title) } ?? sailing.productID
        let (departs, departsISO) = page.departure(sailing)
        let heading = page.t("sailing.title", ["product": productTitle, "datetime": departs])
        let sellable = sailing.isSellable(at: options.now)
        var context = page.layout(
            title: heading, description: product.map { page.text($0.summary) },
            path: { SitePaths.sailing(sailing.id, $0) },
            jsonLD: jsonLD(sailing, title: productTitle, departsISO: departsISO, page: page),
            script: sellable && (vessel?.layoutID != nil || options.checkoutURL != nil))
        context["heading"] = heading
        context["sailingID"] = sailing.id
        context["cancelled"] = sailing.status == .cancelled
        context["departs"] = departs
        context["departsISO"] = departsISO
        context["pier"] = pier.map { page.text($0.name) } ?? sailing.pierID
        context["pierHref"] = SitePaths.pier(sailing.pierID, language)
        if let pier, pier.address.ru != nil { context["pierAddress"] = page.text(pier.address) }
        if let map = Self.mapLink(pier) {
            context["mapHref"] = map
        }
        if let returnID = sailing.returnPierID, returnID != sailing.pierID {
            context["returnPier"] = piers[returnID].map { page.text($0.name) } ?? returnID
        }
        context["vessel"] = vessel.map { page.text($0.name) } ?? sailing.vesselID
        context["vesselHref"] = SitePaths.vessel(sailing.vesselID, language)
        context["duration"] = page.format.duration(minutes: sailing.durationMinutes, catalog: page.messages)
        context["prices"] = sailing.prices.entries.map { entry -> [String: Any] in
            let category = entry.category.map { " · " + page.categoryName($0) } ?? ""
            return ["label": page.tierName(entry.tier) + category, "amount": page.format.money(entry.amount)]
        }
        context["availability"] =
            sailing.remaining == 0
            ? page.t("sailing.sold_out") : page.messages.plural("sailing.places_left", count: sailing.remaining)
        context["sellable"] = sellable
        context["notSellableLabel"] =
            sailing.remaining == 0 ? page.t("sailing.sold_out") : page.t("sailing.sales_closed")
        context["seatTiers"] = Set(sailing.prices.entries.map(\.tier)).sorted { left, right in
            // Adults first: the usual choice, and the form's default.
            (left == "adult" ? 0 : 1, left) < (right == "adult" ? 0 : 1, right)
        }.map { ["id": $0, "name": page.tierName($0)] }
        context["formAction"] = (options.checkoutURL ?? "") + "/api/v1/holds"
        if let checkout = options.checkoutURL {
            context["availabilityURL"] = checkout + "/api/v1/sailings/\(sailing.id)/availability"
        }
        if sellable {
            addSeating(&context, sailing, vessel, page)
        }
        return context
    }

    /// The seat map of a vessel with seats, and a quantity picker per tier for each standing area
    /// (a vessel without a layout has one: `general`).
    private func addSeating(
        _ context: inout [String: Any], _ sailing: SiteSailing, _ vessel: Vessel?, _ page: PageFactory
    ) {
        let language = page.language
        let layout = vessel?.layoutID.flatMap { layouts[$0] }
        var standing: [(id: String, name: String, category: String, capacity: Int)] = []
        if let layout {
            let renderer = SeatMapRenderer(language: language, labels: seatMapLabels(page))
            let categoryIDs = Self.categories(of: layout)
            let categories = categoryIDs.map { id -> SeatMapCategory in
                let lowest = sailing.prices.entries.filter { $0.category == id || $0.category == nil }.map(\.amount)
                    .min()
                return SeatMapCategory(
                    id: id, name: page.categoryName(id), priceText: lowest.map { page.format.money($0) })
            }
            let key =
                "\(layout.id)|\(language)|" + categories.map { "\($0.id)=\($0.priceText ?? "")" }.joined(separator: ",")
            let map = seatMaps.map(key: key) {
                renderer.prepare(
                    layout, categories: categories,
                    label: { row, seat, category, price in
                        page.t("sailing.seat_label", ["row": row, "seat": seat, "category": category, "price": price])
                    })
            }
            .render(takenSeatIDs: sailing.takenSeats)
            if let svg = map.svg {
                context["seatMap"] = svg
                context["legend"] = map.legendHTML ?? ""
            }
            standing = map.standing.map { ($0.id, $0.name, $0.category ?? $0.id, $0.capacity) }
        } else {
            standing = [(Vessel.generalSectionID, page.t("sailing.quantity"), Vessel.generalCategory, sailing.capacity)]
        }
        let remaining = sailing.remaining
        context["standing"] = standing.map { section -> [String: Any] in
            let tiers = Set(sailing.prices.entries.map(\.tier)).sorted().compactMap { tier -> [String: Any]? in
                guard let price = sailing.prices.price(tier: tier, category: section.category) else { return nil }
                return [
                    "tier": page.tierName(tier), "amount": page.format.money(price),
                    "inputID": "q-\(section.id)-\(tier)", "inputName": "standing[\(section.id)][\(tier)]",
                    "max": min(remaining, section.capacity),
                ]
            }
            return [
                "section": section.name, "sectionID": section.id,
                "remaining": page.messages.plural("sailing.places_left", count: min(remaining, section.capacity)),
                "tiers": tiers,
            ]
        }
    }

    /// The seat categories of a layout, in the order they first appear.
    static func categories(of layout: SeatLayout) -> [String] {
        var seen: [String] = []
        for section in layout.sections {
            for seat in section.seats where !seen.contains(seat.category) { seen.append(seat.category) }
        }
        return seen
    }

    func seatMapLabels(_ page: PageFactory) -> SeatMapLabels {
        SeatMapLabels(
            mapName: page.t("seatmap.name"), keyboardHint: page.t("seatmap.keyboard_hint"),
            legendName: page.t("sailing.legend"), selectedLegend: page.t("seatmap.selected"),
            takenLegend: page.t("sailing.seat_taken"), accessibleLegend: page.t("seatmap.accessible"),
            notForSale: page.t("seatmap.not_for_sale"), accessibleSuffix: page.t("seatmap.accessible"),
            takenSuffix: page.t("sailing.seat_taken"), announceSelected: page.t("seatmap.announce_selected"),
            announceDeselected: page.t("seatmap.announce_deselected"), announceTaken: page.t("seatmap.announce_taken"))
    }

    /// A map link for a pier with coordinates (OpenStreetMap, reachable from Russia).
    static func mapLink(_ pier: Pier?) -> String? {
        guard let pier, let lat = pier.latitude, let lon = pier.longitude else { return nil }
        return "https://www.openstreetmap.org/?mlat=\(lat)&mlon=\(lon)#map=17/\(lat)/\(lon)"
    }
}
