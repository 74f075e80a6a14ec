import GRDB

extension AppDatabase {
    /// Runs `body` in one `BEGIN IMMEDIATE` transaction: the write lock is taken up front, so
    /// what `body` reads cannot change under it before it writes, in this process or another
    /// (the checkout's checks-then-claims rely on it). Throws what `body` throws, rolling back.
    func immediateWrite<Value: Sendable>(_ body: @escaping (Database) throws -> Value) throws -> Value {
        try writer.writeWithoutTransaction { db in
            var value: Value?
            try db.inTransaction(.immediate) {
                value = try body(db)
                return .commit
            }
            guard let value else { throw StoreError.failed("a write transaction returned nothing") }
            return value
        }
    }
}
