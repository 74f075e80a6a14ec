import Foundation
import GRDB

extension AppDatabase {
    /// The file with these exact bytes read before, if any: its id and kind (it is then archived
    /// as a duplicate without being read again).
    public func exportFile(sha256: String) throws -> (id: Int64, kind: String)? {
        try writer.read { db in
            try Row.fetchOne(db, sql: "SELECT id, kind FROM export_file WHERE sha256 = ?", arguments: [sha256]).map {
                ($0[0], $0[1])
            }
        }
    }

    /// Whether a file of exactly `bytes` bytes was read before (only then can a file be a
    /// duplicate known by its size; files read before sizes were kept are found by their hash).
    public func exportFileExists(bytes: Int64) throws -> Bool {
        try writer.read { db in
            try Bool.fetchOne(db, sql: "SELECT 1 FROM export_file WHERE bytes = ?", arguments: [bytes]) ?? false
        }
    }

    /// Loads one export file in one transaction: `rows` streams the file's rows into the sink
    /// and returns what the file is (known only once it is read: its hash, kind, footer, days).
    /// If `rows` throws (a truncated file, a bad value) nothing of the file is kept; if a file
    /// with the same bytes was read before, nothing is kept either and the earlier file is named.
    public func loadExport(name: String, at now: Int64, rows: (ExportSink) throws -> ExportFileRecord) throws
        -> ExportLoadOutcome
    {
        try writer.writeWithoutTransaction { db in
            var outcome: ExportLoadOutcome?
            try db.inTransaction(.immediate) {
                try db.execute(
                    sql: """
                        INSERT INTO export_file (sha256, name, provider, kind, format, rows, new_rows, read_at)
                        VALUES (?, ?, 'yookassa', '', '', 0, 0, ?)
                        """, arguments: ["reading:" + UUID().uuidString, name, now])
                let fileID = db.lastInsertedRowID
                let sink = try ExportSink(db, fileID: fileID)
                let file = try rows(sink)
                if let earlier = try Row.fetchOne(
                    db, sql: "SELECT id, kind FROM export_file WHERE sha256 = ?", arguments: [file.sha256])
                {
                    outcome = .duplicate(fileID: earlier[0], kind: earlier[1])
                    return .rollback
                }
                try db.execute(
                    sql: """
                        UPDATE export_file SET sha256 = ?, provider = ?, kind = ?, format = ?, rows = ?, new_rows = ?,
                            footer_total = ?, footer_count = ?, bytes = ?
                        WHERE id = ?
                        """,
                    arguments: [
                        file.sha256, file.provider, file.kind, file.format, sink.rows, sink.newRows, file.footerTotal,
                        file.footerCount, file.bytes, fileID,
                    ])
                try Self.addDayTotals(db, sink.totals)
                for day in Set(file.coveredDays) {
                    try db.execute(
                        sql: "INSERT OR IGNORE INTO export_coverage (provider, kind, day, file_id) VALUES (?, ?, ?, ?)",
                        arguments: [file.provider, file.coveredKind, day, fileID])
                }
                outcome = .loaded(ExportLoad(fileID: fileID, rows: sink.rows, newRows: sink.newRows), kind: file.kind)
                return .commit
            }
            guard let outcome else { throw StoreError.failed("an export load returned nothing") }
            return outcome
        }
    }
}
