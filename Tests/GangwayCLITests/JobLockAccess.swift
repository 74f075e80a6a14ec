import Foundation
import GangwayStore

/// Takes the import lock the way a concurrent `gangway import` would.
enum JobLockAccess {
    static func acquire(database: URL) throws -> JobLock? {
        try JobLock.acquire(name: "import", at: JobLock.url(forJob: "import", database: database))
    }
}
