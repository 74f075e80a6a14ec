import GRDB
import GangwayCore

/// Applies one validated ``CatalogBatch`` inside the caller's transaction, checking the rules
/// that need what is already recorded: sold seats and sailings, and the vessel timetable.
/// Errors are collected; the caller rolls back when there are any.
struct CatalogApplier {
    let db: Database
    /// Sailings departing after this instant are "future": the ones a file may change or remove.
    let now: Int64
    var problems: [ImportProblem] = []
    var counts: [RecordKind: ChangeCounts] = [:]
    /// Vessels the batch itself (re)defines: checked by the validator against its own layouts.
    var vesselsInBatch: Set<String> = []

    init(db: Database, now: Int64) {
        self.db = db
        self.now = now
    }

    var hasErrors: Bool { problems.contains { $0.severity == .error } }

    mutating func apply(_ batch: CatalogBatch) throws {
        vesselsInBatch = Set(batch.vessels.map(\.id))
        try applyPiers(batch.piers)
        try applyLayouts(batch.layouts)
        try applyVessels(batch.vessels)
        try applyProducts(batch.products)
        try applySailings(batch.sailings, windows: batch.scheduleWindows)
        try applyPromos(batch.promos)
    }

    mutating func count(_ kind: RecordKind, _ update: (inout ChangeCounts) -> Void) {
        var value = counts[kind] ?? ChangeCounts()
        update(&value)
        counts[kind] = value
    }

    mutating func error(_ location: SourceLocation?, _ reason: StoreProblem) {
        problems.append(.error(at: location, reason))
    }

    /// Lists at most `limit` items, then how many more.
    static func abbreviated(_ items: [String], limit: Int = 20) -> [String] {
        items.count <= limit ? items : Array(items.prefix(limit)) + ["… (+\(items.count - limit))"]
    }
}

extension CatalogApplier {
    /// The catalog as the validator needs it, read in the import's transaction.
    static func snapshot(_ db: Database) throws -> CatalogSnapshot {
        var snapshot = CatalogSnapshot()
        for row in try Row.fetchAll(db, sql: "SELECT id, timezone FROM pier") {
            snapshot.piers[row["id"]] = row["timezone"]
        }
        for row in try Row.fetchAll(db, sql: "SELECT id, capacity, layout_id FROM vessel") {
            snapshot.vessels[row["id"]] = .init(capacity: row["capacity"], layoutID: row["layout_id"])
        }
        var categories: [String: Set<String>] = [:]
        var seated: Set<String> = []
        let categorySQL = """
            SELECT layout_id, category, 1 AS seated FROM layout_seat GROUP BY layout_id, category
            UNION ALL
            SELECT layout_id, category, 0 AS seated FROM layout_section WHERE kind = 'standing'
            """
        for row in try Row.fetchAll(db, sql: categorySQL) {
            let id: String = row["layout_id"]
            if let category: String = row["category"] { categories[id, default: []].insert(category) }
            if row["seated"] as Int == 1 { seated.insert(id) }
        }
        for row in try Row.fetchAll(db, sql: "SELECT id, places FROM layout") {
            let id: String = row["id"]
            snapshot.layouts[id] = .init(
                places: row["places"], categories: categories[id] ?? [], hasSeats: seated.contains(id))
        }
        for row in try Row.fetchAll(db, sql: "SELECT id, duration_min FROM product") {
            snapshot.products[row["id"]] = row["duration_min"]
        }
        return snapshot
    }
}
