import Foundation

/// The entries that changed since the manifest file was last written in full, kept beside it in
/// `<site>/.gangway-manifest-changes.json` so that a build that changed a few pages records
/// them without rewriting (and syncing) a manifest of tens of thousands of entries.
///
/// The changes name the base they apply to by its ``ContentHash``: changes written against an
/// older base (a crash after the base was rewritten, before the changes file was deleted) are
/// ignored, and so is a changes file that cannot be read. Ignoring them is safe: every page the
/// writer skips is checked against the file on disk first, and a page the ignored changes had
/// removed is simply deleted again.
struct SiteManifestChanges: Codable, Sendable, Equatable {
    /// The file's name, in the root of the site folder, beside ``SiteManifest/fileName``.
    static let fileName = ".gangway-manifest-changes.json"

    /// ``ContentHash`` of the manifest file these changes apply to.
    var base: String
    var formatVersion: Int
    var templateFingerprint: String
    /// Entries added or changed since the base.
    var files: [String: SiteManifest.Entry]
    /// Paths the base lists that are gone since (sorted).
    var removed: [String]

    /// Whether changes this large are better written as a new base: more than a sixteenth of the
    /// site, and at least 256 entries.
    static func isLarge(changes: Int, of total: Int) -> Bool { changes > max(256, total / 16) }

    /// The changes in `directory` that apply to the base whose bytes hash to `base`, or `nil`.
    static func load(fromSite directory: URL, base: String) -> SiteManifestChanges? {
        let path = directory.appendingPathComponent(fileName).path
        guard (try? SiteFileSystem.status(path)) != .missing,
            let bytes = try? SiteFileSystem.contents(path),
            let changes = try? JSONDecoder().decode(SiteManifestChanges.self, from: Data(bytes)),
            changes.base == base
        else { return nil }
        return changes
    }

    func encoded() throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return Array(try encoder.encode(self))
    }
}
