import Foundation
import GangwayCore

/// What each file of the site folder was built from, so the next build can skip what has not
/// changed and delete what is no longer produced. Stored as `<site>/.gangway-manifest.json`,
/// written last and atomically by `SiteWriter.finish()`.
public struct SiteManifest: Codable, Sendable, Equatable {
    /// The manifest's file name, in the root of the site folder.
    public static let fileName = ".gangway-manifest.json"
    /// The format this code reads and writes; a manifest in another format is ignored (with a
    /// warning) and the site rebuilt in full.
    public static let currentFormatVersion = 2

    /// One output file.
    public struct Entry: Codable, Sendable, Equatable {
        /// The caller's fingerprint of everything the file was built from (e.g. SHA-256 hex of
        /// the page's model).
        public var inputFingerprint: String
        /// ``ContentHash`` of the bytes written (format 1 kept a SHA-256 here).
        public var contentHash: String
        /// Size in bytes and modification time (nanoseconds since 1970) of the file as last seen
        /// by the writer: when both still match, the file is taken to hold the bytes last written
        /// without reading it (the rsync quick check).
        public var size: Int64
        public var modified: Int64

        public init(inputFingerprint: String, contentHash: String, size: Int64, modified: Int64) {
            self.inputFingerprint = inputFingerprint
            self.contentHash = contentHash
            self.size = size
            self.modified = modified
        }
    }

    public var formatVersion: Int
    /// The caller's fingerprint of the templates, messages and assets shared by all pages; when
    /// it changes every page is re-rendered.
    public var templateFingerprint: String
    /// Keyed by path relative to the site folder (`ru/sailings/x/index.html`).
    public var files: [String: Entry]
    /// For a manifest read from a site folder: the file it was read from and the changes
    /// (``SiteManifestChanges``) applied on top. Not stored, not compared.
    var origin: Origin?

    /// Where a loaded manifest came from.
    struct Origin: Sendable {
        /// ``ContentHash`` of the manifest file's bytes.
        var base: String
        /// The entries of the changes file that applied to it (none when there was none).
        var changed: [String: Entry]
        var removed: Set<String>
    }

    private enum CodingKeys: String, CodingKey {
        case formatVersion, templateFingerprint, files
    }

    public static func == (left: SiteManifest, right: SiteManifest) -> Bool {
        left.formatVersion == right.formatVersion && left.templateFingerprint == right.templateFingerprint
            && left.files == right.files
    }

    public init(
        templateFingerprint: String, files: [String: Entry] = [:], formatVersion: Int = Self.currentFormatVersion
    ) {
        self.formatVersion = formatVersion
        self.templateFingerprint = templateFingerprint
        self.files = files
    }

    /// The manifest of the site folder `directory`, or `nil` when there is none: the manifest file
    /// with the changes recorded since it was written (``SiteManifestChanges``) applied. Throws
    /// `SiteOutputError.manifestUnreadable` when the file exists but is not a manifest.
    public static func load(fromSite directory: URL) throws -> SiteManifest? {
        let path = directory.appendingPathComponent(fileName).path
        guard try SiteFileSystem.status(path) != .missing else { return nil }
        let bytes = try SiteFileSystem.contents(path)
        var manifest: SiteManifest
        if let decoded = try? SiteManifestCodec.decode(bytes) {
            manifest = decoded
        } else {
            do {
                manifest = try JSONDecoder().decode(SiteManifest.self, from: Data(bytes))
            } catch {
                throw SiteOutputError.manifestUnreadable(path: path, reason: describe(error))
            }
        }
        let base = ContentHash.hex(bytes)
        manifest.origin = Origin(base: base, changed: [:], removed: [])
        if let changes = SiteManifestChanges.load(fromSite: directory, base: base),
            changes.formatVersion == manifest.formatVersion
        {
            for removed in changes.removed { manifest.files[removed] = nil }
            for (changed, entry) in changes.files { manifest.files[changed] = entry }
            manifest.templateFingerprint = changes.templateFingerprint
            manifest.origin = Origin(base: base, changed: changes.files, removed: Set(changes.removed))
        }
        return manifest
    }

    /// The JSON stored on disk: compact, keys sorted, so equal manifests are equal bytes (what
    /// `JSONEncoder` with `.sortedKeys` writes, produced faster).
    public func encoded() -> [UInt8] { SiteManifestCodec.encode(self) }

    private static func describe(_ error: any Error) -> String {
        switch error {
        case DecodingError.dataCorrupted(let context):
            return "not valid JSON (\(context.debugDescription))"
        case DecodingError.keyNotFound(let key, let context):
            return "missing \(codingPath(context.codingPath + [key]))"
        case DecodingError.typeMismatch(_, let context), DecodingError.valueNotFound(_, let context):
            return "wrong value at \(codingPath(context.codingPath))"
        default:
            return SiteOutputError.oneLine(error)
        }
    }

    private static func codingPath(_ keys: [any CodingKey]) -> String {
        keys.isEmpty ? "top level" : keys.map { $0.intValue.map(String.init) ?? $0.stringValue }.joined(separator: ".")
    }
}
