/// What the writer connection knows about changes to the database: `PRAGMA data_version` (it moves
/// only when another connection, such as another process, commits) and the rows this connection
/// itself changed (`sqlite3_total_changes`). Equal tokens read from the writer mean nothing was
/// written in between, by anyone.
public struct ChangeToken: Sendable, Equatable {
    public var dataVersion: Int64
    public var ownChanges: Int
}
