import GangwayCore

extension CatalogValidator {
    mutating func validateSchedules(_ records: [RawRecord]) {
        var expander = ScheduleExpander()
        var sailingLines: [String: Int] = [:]
        sailingLines.reserveCapacity(records.count * 64)
        for record in records {
            var reader = FieldReader(record)
            guard let rule = readRule(&reader) else {
                absorb(reader)
                continue
            }
            let duration = rule.durationMinutes ?? productDuration(rule.productID)
            guard let zone = pierTimeZone(rule.pierID), let duration,
                let plans = expander.expand(rule, timeZone: zone, durationMinutes: duration)
            else {
                absorb(reader)
                continue
            }
            if plans.isEmpty { reader.warn("weekdays", .noSailingsProduced) }
            var fresh: [SailingPlan] = []
            fresh.reserveCapacity(plans.count)
            for plan in plans {
                if let first = sailingLines[plan.id] {
                    reader.fail("times", .duplicateSailing(id: plan.id, firstLine: first))
                } else {
                    sailingLines[plan.id] = record.location.line
                    fresh.append(plan)
                }
            }
            let ok = !reader.hasErrors
            absorb(reader)
            guard ok else { continue }
            batch.schedules.append(rule)
            batch.sailings.append(contentsOf: fresh)
            let bounds = rule.dates.bounds
            if let known = batch.scheduleWindows[rule.productID] {
                batch.scheduleWindows[rule.productID] =
                    min(known.lowerBound, bounds.lowerBound)...max(known.upperBound, bounds.upperBound)
            } else {
                batch.scheduleWindows[rule.productID] = bounds
            }
        }
    }

    /// Reads one schedule row; nil when it cannot produce sailings.
    private mutating func readRule(_ reader: inout FieldReader) -> ScheduleRule? {
        let productID = reader.id("product_id", required: true)
        let vesselID = reader.id("vessel_id", required: true)
        let pierID = reader.id("pier_id", required: true)
        let returnPierID = reader.id("return_pier_id")
        _ = resolve(
            productID, field: "product_id", kind: .product, in: &reader,
            exists: productID.map { productDuration($0) != nil } ?? false)
        let vessel = vesselID.flatMap { vesselFacts($0) }
        _ = resolve(vesselID, field: "vessel_id", kind: .vessel, in: &reader, exists: vessel != nil)
        _ = resolve(
            pierID, field: "pier_id", kind: .pier, in: &reader,
            exists: pierID.map { pierTimeZone($0) != nil } ?? false)
        _ = resolve(
            returnPierID, field: "return_pier_id", kind: .pier, in: &reader,
            exists: returnPierID.map { pierTimeZone($0) != nil } ?? true)

        let times = readTimes(&reader)
        let dates = readDates(&reader)
        let duration = reader.count("duration_min", in: 1...(7 * 24 * 60))
        let capacity = reader.count("capacity", in: 1...10_000)
        if let capacity, let vessel, let vesselID {
            if capacity > vessel.capacity {
                reader.fail(
                    "capacity", .scheduleCapacityAboveVessel(capacity: capacity, vesselCapacity: vessel.capacity))
            }
            if let layoutID = vessel.layoutID, layoutFacts(layoutID)?.hasSeats == true {
                reader.fail("capacity", .scheduleCapacityOnAssignedSeating(vessel: vesselID))
            }
        }
        let salesClose = reader.count("sales_close_min", in: 0...(7 * 24 * 60)) ?? ScheduleRule.defaultSalesCloseMinutes
        let status: SailingStatus = reader.choice("status") ?? .scheduled
        let prices = readPrices(&reader, vessel: vessel, vesselID: vesselID)

        guard !reader.hasErrors, let productID, let vesselID, let pierID, let dates, let prices else { return nil }
        return ScheduleRule(
            productID: productID, vesselID: vesselID, pierID: pierID, times: times, dates: dates,
            durationMinutes: duration, returnPierID: returnPierID, capacity: capacity, salesCloseMinutes: salesClose,
            status: status, prices: prices, source: reader.record.location)
    }

    private func readTimes(_ reader: inout FieldReader) -> [ServiceTime] {
        guard let text = reader.requiredText("times") else { return [] }
        var times: [ServiceTime] = []
        for item in ValueParsers.list(text) {
            guard let time = ServiceTime(parsing: item) else {
                reader.fail("times", .invalidTime(field: "times", value: item))
                continue
            }
            if times.contains(time) {
                reader.fail("times", .duplicateTime(time.description))
            } else {
                times.append(time)
            }
        }
        return times.sorted()
    }

    private func readDates(_ reader: inout FieldReader) -> ScheduleRule.Dates? {
        let single = reader.date("date")
        let from = reader.date("date_from")
        let to = reader.date("date_to")
        let hasSingle = reader.record["date"] != nil
        let hasRange = reader.record["date_from"] != nil || reader.record["date_to"] != nil
        if hasSingle && hasRange {
            reader.fail("date", .dateFormsConflict)
            return nil
        }
        if hasSingle {
            for field in ["weekdays", "except"] where reader.record[field] != nil {
                reader.fail(field, .rangeOnlyField(field: field))
            }
            return single.map { .single($0) }
        }
        guard hasRange else {
            reader.fail("date", .dateMissing)
            return nil
        }
        if reader.record["date_from"] == nil { reader.fail("date_from", .required(field: "date_from")) }
        if reader.record["date_to"] == nil { reader.fail("date_to", .required(field: "date_to")) }
        var weekdays = WeekdaySet.everyDay
        if let text = reader.record["weekdays"] {
            switch WeekdaySet.parse(text) {
            case .success(let set): weekdays = set
            case .failure(let failure):
                reader.fail("weekdays", .invalidWeekday(field: "weekdays", token: failure.token))
            }
        }
        let except = reader.dates("except")
        guard let from, let to else { return nil }
        guard from <= to else {
            reader.fail("date_to", .rangeReversed(from: from.description, to: to.description))
            return nil
        }
        let days = to.dayNumber - from.dayNumber + 1
        guard days <= options.maximumRangeDays else {
            reader.fail("date_to", .rangeTooLong(days: days, maximum: options.maximumRangeDays))
            return nil
        }
        return .range(from: from, to: to, weekdays: weekdays, except: Set(except))
    }

    /// `price_<tier>` and `price_<tier>@<category>` columns.
    private func readPrices(_ reader: inout FieldReader, vessel: CatalogSnapshot.VesselFacts?, vesselID: String?)
        -> PriceList?
    {
        var entries: [PriceList.Entry] = []
        let known = vessel.map { categories(ofVessel: $0) } ?? []
        for name in reader.record.fields.keys.sorted() where name.hasPrefix("price_") {
            guard reader.record[name] != nil else { continue }
            let spec = name.dropFirst("price_".count)
            let parts = spec.split(separator: "@", omittingEmptySubsequences: false)
            guard (1...2).contains(parts.count), let tier = Identifier.normalize(String(parts[0])) else {
                reader.fail(name, .invalidID(field: name, value: String(spec)))
                continue
            }
            var category: String?
            if parts.count == 2 {
                guard let id = Identifier.normalize(String(parts[1])) else {
                    reader.fail(name, .invalidID(field: name, value: String(parts[1])))
                    continue
                }
                category = id
                if vessel != nil, !known.contains(id), let vesselID {
                    reader.fail(name, .unknownCategory(category: id, vessel: vesselID, known: known.sorted()))
                }
            }
            guard let amount = reader.money(name) else { continue }
            entries.append(PriceList.Entry(tier: tier, category: category, amount: amount))
        }
        guard !entries.isEmpty else {
            if !reader.hasErrors { reader.fail("price_adult", .noPrices) }
            return nil
        }
        return PriceList(entries: entries)
    }
}
