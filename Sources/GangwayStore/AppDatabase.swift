import Foundation
import GRDB

/// The one shared database: a GRDB writer with Gangway's schema migrated.
///
/// Commands and the server open the same file (`DatabasePool`, WAL, a busy timeout, since they
/// write concurrently); tests use ``inMemory()``. Every business operation is one transaction,
/// exposed as a method with a domain name.
public struct AppDatabase: Sendable {
    let writer: any DatabaseWriter

    init(_ writer: any DatabaseWriter) throws {
        self.writer = writer
        // Reading commands must not wait for the write lock when the schema is already current.
        let migrator = AppDatabase.migrator
        if try !writer.read({ db in try migrator.hasCompletedMigrations(db) }) {
            try migrator.migrate(writer)
        }
    }

    /// Opens the database file at `url` in WAL mode, migrating it. With `create` (the default)
    /// a missing file and its folder are created; without, a missing file is ``StoreError/missing(_:)``.
    public static func open(at url: URL, busyTimeoutMilliseconds: Int = 5_000, create: Bool = true) throws
        -> AppDatabase
    {
        if !FileManager.default.fileExists(atPath: url.path) {
            guard create else { throw StoreError.missing(url.path) }
            do {
                try FileManager.default.createDirectory(
                    at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            } catch {
                throw StoreError.cannotOpen("cannot create the folder \(url.deletingLastPathComponent().path)")
            }
        }
        var configuration = Configuration()
        configuration.busyMode = .timeout(TimeInterval(busyTimeoutMilliseconds) / 1_000)
        configuration.foreignKeysEnabled = true
        configuration.prepareDatabase { db in
            // WAL makes NORMAL durable across process crashes; a 16 MB page cache keeps an import's
            // index pages in memory instead of re-reading them for every row.
            try db.execute(sql: "PRAGMA synchronous = NORMAL; PRAGMA cache_size = -16384")
        }
        do {
            let pool = try DatabasePool(path: url.path, configuration: configuration)
            return try AppDatabase(pool)
        } catch {
            throw StoreError.wrap(error)
        }
    }

    /// A fresh private database in memory, for tests.
    public static func inMemory() throws -> AppDatabase {
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        return try AppDatabase(DatabaseQueue(configuration: configuration))
    }

    /// Names of the migrations applied, in order.
    public func appliedMigrations() throws -> [String] {
        try writer.read { db in try AppDatabase.migrator.appliedMigrations(db) }
    }
}
