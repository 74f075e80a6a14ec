import GRDB

extension AppDatabase {
    /// Whether a file with these exact bytes was read before (it is then archived as a duplicate).
    public func exportFileSeen(sha256: String) throws -> Bool {
        try writer.read { db in
            try Bool.fetchOne(db, sql: "SELECT 1 FROM export_file WHERE sha256 = ?", arguments: [sha256]) ?? false
        }
    }

    /// Loads one export file in one transaction: `rows` streams its rows into the sink; if it
    /// throws (a truncated file, a bad value), nothing of the file is kept.
    public func loadExport(_ file: ExportFileRecord, at now: Int64, rows: (ExportSink) throws -> Void) throws
        -> ExportLoad
    {
        try writer.write { db in
            try db.execute(
                sql: """
                    INSERT INTO export_file (sha256, name, provider, kind, format, rows, new_rows, footer_total,
                        footer_count, read_at)
                    VALUES (?, ?, ?, ?, ?, 0, 0, ?, ?, ?)
                    """,
                arguments: [
                    file.sha256, file.name, file.provider, file.kind, file.format, file.footerTotal, file.footerCount,
                    now,
                ])
            let fileID = db.lastInsertedRowID
            let sink = try ExportSink(db, fileID: fileID)
            try rows(sink)
            try db.execute(
                sql: "UPDATE export_file SET rows = ?, new_rows = ? WHERE id = ?",
                arguments: [sink.rows, sink.newRows, fileID])
            for day in Set(file.coveredDays) {
                try db.execute(
                    sql: "INSERT OR IGNORE INTO export_coverage (provider, kind, day, file_id) VALUES (?, ?, ?, ?)",
                    arguments: [file.provider, file.coveredKind, day, fileID])
            }
            return ExportLoad(fileID: fileID, rows: sink.rows, newRows: sink.newRows)
        }
    }
}
