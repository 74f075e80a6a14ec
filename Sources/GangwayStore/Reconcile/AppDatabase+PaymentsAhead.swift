import GRDB

extension AppDatabase {
    /// Reads the payments recorded on `days` into `ahead` (days it holds already are skipped), in
    /// one read transaction on a reader connection, so it can run while another thread loads an
    /// export in a write transaction. See ``PaymentsReadAhead``.
    public func readPayments(on days: [ReconcileDay], into ahead: PaymentsReadAhead) throws {
        let wanted = Set(days).subtracting(ahead.days).sorted()
        guard !wanted.isEmpty else { return }
        try writer.read { db in
            let lastID = try Int64.fetchOne(db, sql: "SELECT COALESCE(MAX(id), 0) FROM payment") ?? 0
            let payments = try Self.knownPayments(db, on: wanted, into: ahead.byProvider)
            ahead.add(days: wanted, payments: payments, lastID: lastID)
        }
    }
}
