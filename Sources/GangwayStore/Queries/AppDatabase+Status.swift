import GRDB

extension AppDatabase {
    /// Integrity, journal mode, migrations, table counts and the latest imports.
    public func health(recentImports limit: Int = 5) throws -> DatabaseHealth {
        try writer.read { db in
            let check = try String.fetchAll(db, sql: "PRAGMA quick_check")
            let journal = try String.fetchOne(db, sql: "PRAGMA journal_mode") ?? "unknown"
            let applied = try AppDatabase.migrator.appliedMigrations(db)
            let pending = AppDatabase.migrator.migrations.filter { !applied.contains($0) }
            var counts: [String: Int] = [:]
            for table in ["pier", "vessel", "layout", "product", "sailing", "promo", "ticket", "import_log"] {
                counts[table] = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \(table)") ?? 0
            }
            let imports = try Row.fetchAll(
                db, sql: "SELECT * FROM import_log ORDER BY id DESC LIMIT ?", arguments: [limit]
            ).map { row in
                ImportLogEntry(
                    fileName: row["file_name"], outcome: row["outcome"], kinds: row["kinds"], added: row["added"],
                    changed: row["changed"], unchanged: row["unchanged"], removed: row["removed"],
                    finishedAt: row["finished_at"])
            }
            return DatabaseHealth(
                integrity: check == ["ok"] ? "ok" : check.joined(separator: "; "), journalMode: journal,
                migrations: applied, pendingMigrations: pending, counts: counts, recentImports: imports)
        }
    }
}
