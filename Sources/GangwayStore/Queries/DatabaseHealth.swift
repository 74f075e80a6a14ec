/// What `gangway status` reports about the database itself.
public struct DatabaseHealth: Sendable, Hashable, Codable {
    /// `ok`, or what `PRAGMA quick_check` found.
    public var integrity: String
    public var journalMode: String
    public var migrations: [String]
    public var pendingMigrations: [String]
    public var counts: [String: Int]
    /// The last applied, duplicate and rejected imports, newest first.
    public var recentImports: [ImportLogEntry]
}

/// One row of the import log.
public struct ImportLogEntry: Sendable, Hashable, Codable {
    public var fileName: String
    public var outcome: String
    public var kinds: String
    public var added: Int
    public var changed: Int
    public var unchanged: Int
    public var removed: Int
    public var finishedAt: Int64
}
