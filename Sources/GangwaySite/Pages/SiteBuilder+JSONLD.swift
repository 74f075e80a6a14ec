import GangwayCore

extension SiteBuilder {
    /// schema.org for a sailing: an `Event` (start with the pier's UTC offset, location a
    /// `BoatTerminal` with its address, offers in RUB with availability, status) and a `BoatTrip`
    /// from the departure terminal.
    func jsonLD(
        _ sailing: SiteSailing, title: String, departsISO: String, page: PageFactory
    ) -> String {
        let language = page.language
        let pier = piers[sailing.pierID]
        var terminal: [(String, JSONLD)] = [
            ("@type", .string("BoatTerminal")),
            ("name", .string(pier.map { page.text($0.name) } ?? sailing.pierID)),
        ]
        if let pier, pier.address.ru != nil {
            terminal.append(
                (
                    "address",
                    .object([
                        ("@type", .string("PostalAddress")),
                        ("streetAddress", .string(page.text(pier.address))),
                        ("addressCountry", .string("RU")),
                    ])
                ))
        }
        if let pier, let lat = pier.latitude, let lon = pier.longitude {
            terminal.append(
                (
                    "geo",
                    .object([
                        ("@type", .string("GeoCoordinates")), ("latitude", .string("\(lat)")),
                        ("longitude", .string("\(lon)")),
                    ])
                ))
        }
        let url = page.absolute(SitePaths.sailing(sailing.id, language))
        let available = sailing.isSellable(at: options.now)
        let offers: [JSONLD] = sailing.prices.entries.map { entry in
            .object([
                ("@type", .string("Offer")),
                (
                    "name",
                    .string(page.tierName(entry.tier) + (entry.category.map { " · " + page.categoryName($0) } ?? ""))
                ),
                ("price", .string(entry.amount.decimalString)), ("priceCurrency", .string("RUB")),
                (
                    "availability",
                    .string(
                        "https://schema.org/"
                            + (available ? "InStock" : (sailing.remaining == 0 ? "SoldOut" : "Discontinued")))
                ),
                ("url", .string(url)),
            ])
        }
        let end = departsISO.isEmpty ? [] : [("endDate", JSONLD.string(endISO(sailing)))]
        let event: JSONLD = .object(
            [
                ("@type", .string("Event")), ("name", .string(title)), ("startDate", .string(departsISO)),
            ] + end + [
                (
                    "eventStatus",
                    .string(
                        "https://schema.org/" + (sailing.status == .cancelled ? "EventCancelled" : "EventScheduled"))
                ),
                ("eventAttendanceMode", .string("https://schema.org/OfflineEventAttendanceMode")),
                ("location", .object(terminal)), ("offers", .array(offers)), ("url", .string(url)),
            ])
        let trip: JSONLD = .object([
            ("@type", .string("BoatTrip")), ("name", .string(title)), ("departureTime", .string(departsISO)),
            ("departureBoatTerminal", .object(terminal)),
        ])
        return JSONLD.object([("@context", .string("https://schema.org")), ("@graph", .array([event, trip]))])
            .serialized
    }

    private func endISO(_ sailing: SiteSailing) -> String {
        let zone = piers[sailing.pierID]?.timeZone ?? options.timeZone
        guard var converter = LocalTimeConverter(timeZoneIdentifier: zone) else { return "" }
        return converter.rfc3339(sailing.departsAt + Int64(sailing.durationMinutes) * 60)
    }
}
