import GangwayCore

extension CatalogValidator {
    mutating func validateVessels(_ records: [RawRecord]) {
        var firstLines: [String: Int] = [:]
        for record in records {
            var reader = FieldReader(record)
            let id = reader.id("vessel_id", required: true)
            let name = reader.localized("name", required: true)
            let kind: Vessel.Kind? = reader.choice("kind", required: true)
            let capacity = reader.count("capacity", in: 1...10_000, required: true)
            let layoutID = reader.id("layout_id")
            let homePierID = reader.id("home_pier_id")
            let isCharter = reader.boolean("charter") ?? false
            var charter: Vessel.CharterTerms?
            if isCharter {
                let price = reader.money("charter_hour_price", required: true)
                let minimumHours = reader.count("charter_min_hours", in: 1...48) ?? 1
                let guests = reader.count("charter_max_guests", in: 1...10_000) ?? capacity
                if let guests, let capacity, guests > capacity {
                    reader.fail("charter_max_guests", .charterGuestsAboveCapacity(guests: guests, capacity: capacity))
                }
                if let price, let guests {
                    charter = Vessel.CharterTerms(hourPrice: price, minimumHours: minimumHours, maximumGuests: guests)
                }
            }
            if let layoutID,
                resolve(
                    layoutID, field: "layout_id", kind: .layout, in: &reader, exists: layoutFacts(layoutID) != nil),
                let layout = layoutFacts(layoutID), let capacity, let id, capacity < layout.places
            {
                reader.fail(
                    "capacity",
                    .capacityBelowLayout(vessel: id, capacity: capacity, layout: layoutID, places: layout.places))
            }
            _ = resolve(
                homePierID, field: "home_pier_id", kind: .pier, in: &reader,
                exists: homePierID.map { pierTimeZone($0) != nil } ?? true)
            if let id {
                if let first = firstLines[id] {
                    reader.fail("vessel_id", .duplicate(kind: .vessel, id: id, firstLine: first))
                } else {
                    firstLines[id] = record.location.line
                }
            }
            let ok = !reader.hasErrors
            absorb(reader)
            guard ok, let id, let kind, let capacity else { continue }
            fileVessels[id] = CatalogSnapshot.VesselFacts(capacity: capacity, layoutID: layoutID)
            batch.vessels.append(
                Vessel(
                    id: id, name: name, kind: kind, capacity: capacity, layoutID: layoutID, homePierID: homePierID,
                    charter: charter, source: record.location))
        }
    }
}
