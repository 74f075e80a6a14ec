import Foundation

/// Reads a site folder's manifest (``SiteManifest/load(fromSite:)``) on a thread of its own, so a
/// build can read it while it reads the catalog from the database: for a large site both take
/// tens of milliseconds, and an incremental build is short enough for that to matter.
public final class SiteManifestPreload: @unchecked Sendable {
    private let condition = NSCondition()
    private var outcome: Result<SiteManifest?, any Error>?  // guarded by `condition`

    /// Starts reading the manifest of the site folder `site`.
    public init(site: URL) {
        let thread = Thread { [self] in
            let loaded = Result { try SiteManifest.load(fromSite: site) }
            condition.withLock {
                outcome = loaded
                condition.broadcast()
            }
        }
        thread.start()
    }

    /// What reading gave (the manifest, `nil` when the folder has none, or the error), waiting
    /// for it if need be.
    public func result() -> Result<SiteManifest?, any Error> {
        condition.withLock {
            while outcome == nil { condition.wait() }
            return outcome!
        }
    }
}
