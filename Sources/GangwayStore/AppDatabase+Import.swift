import GRDB

extension AppDatabase {
    /// Runs `body` with a session that applies each file in its own transaction.
    public func importSession<T>(_ body: (ImportSession) throws -> T) rethrows -> T {
        try body(ImportSession.live(writer))
    }

    /// Runs `body` with a session whose every change is rolled back at the end.
    public func dryRunSession<T>(_ body: (ImportSession) throws -> T) throws -> T {
        try writer.writeWithoutTransaction { db in
            var result: T?
            try db.inTransaction {
                result = try body(ImportSession.dryRun(db))
                return .rollback
            }
            guard let result else { throw DatabaseError(message: "dry run produced no result") }
            return result
        }
    }
}
