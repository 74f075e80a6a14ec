import GRDB
import GangwayCore

extension CatalogApplier {
    mutating func applyPiers(_ piers: [Pier]) throws {
        guard !piers.isEmpty else { return }
        var existing: [String: Row] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT * FROM pier") { existing[row["id"]] = row }
        for pier in piers {
            let values: [(String, (any DatabaseValueConvertible)?)] = [
                ("name_ru", pier.name.ru), ("name_en", pier.name.en), ("name_zh", pier.name.zh),
                ("address_ru", pier.address.ru), ("address_en", pier.address.en), ("address_zh", pier.address.zh),
                ("lat", pier.latitude), ("lon", pier.longitude), ("timezone", pier.timeZone),
            ]
            try upsert(table: "pier", key: ("id", pier.id), values: values, existing: existing[pier.id], kind: .pier)
        }
    }

    /// Inserts or updates one row keyed by a single column, counting it as added, changed or
    /// unchanged by comparing the given columns with the stored row.
    mutating func upsert(
        table: String, key: (String, String), values: [(String, (any DatabaseValueConvertible)?)], existing: Row?,
        kind: RecordKind
    ) throws {
        if let existing {
            let same = values.allSatisfy { name, value in
                (existing[name] as DatabaseValue) == (value?.databaseValue ?? .null)
            }
            if same {
                count(kind) { $0.unchanged += 1 }
                return
            }
            let assignments = values.map { "\($0.0) = ?" }.joined(separator: ", ")
            try db.execute(
                sql: "UPDATE \(table) SET \(assignments), updated_at = ? WHERE \(key.0) = ?",
                arguments: StatementArguments(values.map { $0.1 } + [now, key.1]))
            count(kind) { $0.changed += 1 }
        } else {
            let columns = [key.0] + values.map(\.0) + ["updated_at"]
            let placeholders = Array(repeating: "?", count: columns.count).joined(separator: ", ")
            try db.execute(
                sql: "INSERT INTO \(table) (\(columns.joined(separator: ", "))) VALUES (\(placeholders))",
                arguments: StatementArguments([key.1] + values.map { $0.1 } + [now]))
            count(kind) { $0.added += 1 }
        }
    }
}
