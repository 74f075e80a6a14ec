import GRDB

extension AppDatabase {
    /// Stops SQLite's automatic checkpoints on this process's writer connection until
    /// ``resumeCheckpoints()``: a job that writes hundreds of megabytes (a reconciliation of a
    /// million rows) would otherwise copy the whole log into the database after its commits, on
    /// its critical path. It folds the log in itself meanwhile (``foldLogBeside()``); if the process
    /// dies first, the next writer's commit folds it in.
    public func deferCheckpoints() throws {
        try writer.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA wal_autocheckpoint = 0") }
    }

    /// Folds the write-ahead log into the database (passively: readers are not waited for) on a
    /// connection of its own, so that the writer may be in a transaction meanwhile (a checkpoint
    /// takes no write lock). While it runs, another process's commit skips its own automatic
    /// checkpoint instead of copying this job's log inside its request. Does nothing in memory.
    public func foldLogBeside() throws {
        guard let pool = writer as? DatabasePool else { return }
        let connection = try DatabaseQueue(path: pool.path)
        try connection.writeWithoutTransaction { db in _ = try Row.fetchOne(db, sql: "PRAGMA wal_checkpoint(PASSIVE)") }
    }

    /// Folds in what is left of the log and turns the writer's automatic checkpoints back on, at
    /// SQLite's default of 1,000 pages, which Gangway keeps.
    public func resumeCheckpoints() throws {
        try writer.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA wal_autocheckpoint = 1000")
            _ = try Row.fetchOne(db, sql: "PRAGMA wal_checkpoint(PASSIVE)")
        }
    }
}
