import Foundation
import GangwayCore

extension CatalogValidator {
    mutating func validatePiers(_ records: [RawRecord]) {
        var firstLines: [String: Int] = [:]
        for record in records {
            var reader = FieldReader(record)
            let id = reader.id("pier_id", required: true)
            let name = reader.localized("name", required: true)
            let address = reader.localized("address")
            let latitude = reader.coordinate("lat", limit: 90)
            let longitude = reader.coordinate("lon", limit: 180)
            let zone = reader.text("timezone") ?? options.defaultTimeZone
            if TimeZone(identifier: zone) == nil { reader.fail("timezone", .invalidTimeZone(zone)) }
            if let id {
                if let first = firstLines[id] {
                    reader.fail("pier_id", .duplicate(kind: .pier, id: id, firstLine: first))
                } else {
                    firstLines[id] = record.location.line
                }
            }
            let ok = !reader.hasErrors
            absorb(reader)
            guard ok, let id else { continue }
            filePiers[id] = zone
            batch.piers.append(
                Pier(
                    id: id, name: name, address: address, latitude: latitude, longitude: longitude, timeZone: zone,
                    source: record.location))
        }
    }
}
