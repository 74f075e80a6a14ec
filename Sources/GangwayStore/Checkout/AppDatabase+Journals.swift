import GRDB

extension AppDatabase {
    /// Keeps the writer's statement journals in memory (`PRAGMA temp_store = MEMORY` on the writer
    /// connection only; this process's readers and every other process keep SQLite's default).
    ///
    /// A hold's savepoint makes SQLite copy every page it changes into a statement journal first, so
    /// that the savepoint can be rolled back alone. Past 64 KiB such a journal is a temporary file:
    /// a group commit of a few dozen holds wrote theirs to disk page by page (in a profile of
    /// `gangway serve` under holds, 12 % of its CPU was these writes, most of it in the kernel).
    /// In memory it holds at most one transaction's changed pages (a few MB for 64 holds) and is
    /// dropped at its end. Nothing about what is written to the database or when it is durable changes.
    public func keepStatementJournalsInMemory() throws {
        do {
            try writer.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA temp_store = MEMORY") }
        } catch {
            throw StoreError.wrap(error)
        }
    }

    /// The writer's `temp_store` (0 default, 1 file, 2 memory), for tests.
    func writerTempStore() throws -> Int {
        try writer.writeWithoutTransaction { db in try Int.fetchOne(db, sql: "PRAGMA temp_store") ?? -1 }
    }
}
