import GRDB
import GangwayCore

extension AppDatabase {
    /// The floor an import is measured against: the same rows, no validation.
    ///
    /// Writes what an import of `batch` into an empty catalog writes — piers, layouts with their
    /// sections and seats, vessels, products, one price list per distinct set of prices with its
    /// items, and the sailings — into the same schema, in one transaction, with the same prepared
    /// statements and value binding the import uses (layouts, price lists and sailings go through
    /// the very same ``CatalogApplier`` writers). Nothing is read back, compared, counted or checked
    /// (no overlap check, no sold-seat check): only what SQLite itself enforces (keys, foreign
    /// keys, CHECK constraints) still runs, as it does for an import. `gangway-bench` uses it;
    /// it expects an empty catalog. Returns the number of rows written.
    @discardableResult
    public func insertFloor(_ batch: CatalogBatch, now: Int64) throws -> Int {
        try writer.write { db in
            let applier = CatalogApplier(db: db, now: now)
            var rows = 0
            let pier = try BulkStatement(
                db,
                sql: """
                    INSERT INTO pier (id, name_ru, name_en, name_zh, address_ru, address_en, address_zh, lat, lon,
                        timezone, updated_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """)
            for item in batch.piers {
                try pier.run([
                    .text(item.id), .text(item.name.ru), .text(item.name.en), .text(item.name.zh),
                    .text(item.address.ru), .text(item.address.en), .text(item.address.zh), .real(item.latitude),
                    .real(item.longitude), .text(item.timeZone), .integer(now),
                ])
            }
            rows += batch.piers.count
            let layout = try BulkStatement(db, sql: "INSERT INTO layout (id, places, updated_at) VALUES (?, ?, ?)")
            for item in batch.layouts {
                try layout.run([.text(item.id), .integer(Int64(item.places)), .integer(now)])
                try applier.insertSections(of: item)
                rows += 1 + item.sections.count + item.sections.reduce(0) { $0 + $1.seats.count }
            }
            let vessel = try BulkStatement(
                db,
                sql: """
                    INSERT INTO vessel (id, name_ru, name_en, name_zh, kind, capacity, layout_id, home_pier_id, charter,
                        charter_hour_price, charter_min_hours, charter_max_guests, updated_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """)
            for item in batch.vessels {
                try vessel.run([
                    .text(item.id), .text(item.name.ru), .text(item.name.en), .text(item.name.zh),
                    .text(item.kind.rawValue), .integer(Int64(item.capacity)), .text(item.layoutID),
                    .text(item.homePierID), .boolean(item.charter != nil), .integer(item.charter?.hourPrice.kopecks),
                    .integer(item.charter?.minimumHours), .integer(item.charter?.maximumGuests), .integer(now),
                ])
            }
            rows += batch.vessels.count
            let product = try BulkStatement(
                db,
                sql: """
                    INSERT INTO product (id, kind, title_ru, title_en, title_zh, summary_ru, summary_en, summary_zh,
                        description_ru, description_en, description_zh, duration_min, age_min, image, tags, updated_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """)
            for item in batch.products {
                try product.run([
                    .text(item.id), .text(item.kind.rawValue), .text(item.title.ru), .text(item.title.en),
                    .text(item.title.zh), .text(item.summary.ru), .text(item.summary.en), .text(item.summary.zh),
                    .text(item.description.ru), .text(item.description.en), .text(item.description.zh),
                    .integer(Int64(item.durationMinutes)), .integer(item.ageMinimum), .text(item.image),
                    .text(item.tags.joined(separator: " ")), .integer(now),
                ])
            }
            rows += batch.products.count
            try applier.writePriceLists(batch.sailings)
            var lists: [String: Int] = [:]
            for plan in batch.sailings where lists[plan.prices.key] == nil {
                lists[plan.prices.key] = plan.prices.entries.count
            }
            rows += lists.count + lists.values.reduce(0, +)
            try applier.writeSailings(inserts: batch.sailings, updates: [])
            return rows + batch.sailings.count
        }
    }
}
