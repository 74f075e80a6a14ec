import GRDB

extension AppDatabase {
    /// Stops SQLite's automatic checkpoints on this process's writer connection until
    /// ``checkpoint()``: a job that writes hundreds of megabytes (a reconciliation of a million
    /// rows) would otherwise copy the whole log into the database inside its commits, on its
    /// critical path. If the process dies first, the next writer's commit folds the log in.
    public func deferCheckpoints() throws {
        try writer.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA wal_autocheckpoint = 0") }
    }

    /// Folds the write-ahead log into the database (passively: readers are not waited for) and
    /// turns automatic checkpoints back on at SQLite's default of 1,000 pages, which Gangway keeps.
    public func checkpoint() throws {
        try writer.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA wal_autocheckpoint = 1000")
            _ = try Row.fetchOne(db, sql: "PRAGMA wal_checkpoint(PASSIVE)")
        }
    }
}
