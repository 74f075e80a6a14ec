import Foundation
import GangwayCore

/// What one build did to the site folder, as returned by `SiteWriter.finish()`.
public struct SiteBuildSummary: Codable, Sendable, Equatable, CustomStringConvertible {
    /// Files whose bytes changed on disk (new or replaced).
    public var written: Int
    /// Files left untouched: skipped because nothing they depend on changed, or re-rendered to
    /// the same bytes.
    public var unchanged: Int
    /// Files of the previous build no longer produced, deleted.
    public var removed: Int
    /// How many pages were rendered (the rest were skipped without calling their closure).
    public var rendered: Int
    /// Paths relative to the site folder, sorted: what changed. (Unchanged files are only
    /// counted: listing tens of thousands of them told no one anything.)
    public var writtenPaths: [String]
    public var removedPaths: [String]
    /// Things an operator should know that did not stop the build (an unreadable manifest, a
    /// stale file that could not be deleted), one line each.
    public var warnings: [String]

    public init(
        writtenPaths: [String], unchanged: Int, removedPaths: [String], rendered: Int,
        warnings: [String] = []
    ) {
        self.writtenPaths = writtenPaths.sorted()
        self.removedPaths = removedPaths.sorted()
        self.written = writtenPaths.count
        self.unchanged = unchanged
        self.removed = removedPaths.count
        self.rendered = rendered
        self.warnings = warnings
    }

    /// `pages: 120 written, 3410 unchanged, 2 removed`.
    public var description: String { "pages: \(written) written, \(unchanged) unchanged, \(removed) removed" }
}
