import Foundation
import GangwayCore
import Testing

@testable import GangwaySite

/// A build that changes a few pages records them in `.gangway-manifest-changes.json` instead of
/// rewriting the whole manifest; the next build reads both; stale or damaged changes are ignored
/// without harm; large changes and full builds write the manifest whole again.
@Suite struct SiteManifestChangesTests {
    let root: URL
    var site: URL { root.appendingPathComponent("site") }

    init() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("gangway-changes-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    }

    /// Pages `page-0 … page-(count-1)` under `ru/`, each with body `version`, except `overrides`.
    func pages(_ count: Int, version: String = "1", overrides: [Int: String] = [:]) -> [(String, String)] {
        (0..<count).map { ("ru/page-\($0)/index.html", overrides[$0] ?? version) }
    }

    @discardableResult
    func build(_ pages: [(String, String)], template: String = "t1", full: Bool = false) throws -> SiteBuildSummary {
        let writer = try SiteWriter(directory: site, templateFingerprint: template, full: full, durability: .none)
        for (path, body) in pages {
            try writer.submit(path: path, inputFingerprint: body) { Array("<p>\(body)</p>".utf8) }
        }
        return try writer.finish()
    }

    func bytes(_ name: String) -> Data? { try? Data(contentsOf: site.appendingPathComponent(name)) }

    var changesExist: Bool { bytes(SiteManifestChanges.fileName) != nil }

    @Test func aSmallChangeIsRecordedBesideTheManifestWhichStaysAsItWas() throws {
        defer { try? FileManager.default.removeItem(at: root) }
        try build(pages(300))
        let base = try #require(bytes(SiteManifest.fileName))
        #expect(!changesExist)

        let summary = try build(pages(299, overrides: [7: "2"]))  // one page changed, page-299 gone
        #expect(summary.writtenPaths == ["ru/page-7/index.html"])
        #expect(summary.removedPaths == ["ru/page-299/index.html"])
        #expect(bytes(SiteManifest.fileName) == base, "the manifest file itself is not rewritten")
        let changes = try JSONDecoder().decode(
            SiteManifestChanges.self, from: try #require(bytes(SiteManifestChanges.fileName)))
        #expect(Set(changes.files.keys) == ["ru/page-7/index.html"])
        #expect(changes.removed == ["ru/page-299/index.html"])
        #expect(changes.base == ContentHash.hex(Array(base)))

        let loaded = try #require(try SiteManifest.load(fromSite: site))
        #expect(loaded.files.count == 299)
        #expect(loaded.files["ru/page-299/index.html"] == nil)
        #expect(loaded.files["ru/page-7/index.html"]?.inputFingerprint == "2")

        // The next build trusts the combined record: nothing to do; then changes accumulate.
        let again = try build(pages(299, overrides: [7: "2"]))
        #expect(again.written == 0 && again.rendered == 0)
        try build(pages(300, overrides: [7: "2", 8: "2"]))  // page-299 back, page-8 changed
        let later = try JSONDecoder().decode(
            SiteManifestChanges.self, from: try #require(bytes(SiteManifestChanges.fileName)))
        #expect(
            Set(later.files.keys) == ["ru/page-7/index.html", "ru/page-8/index.html", "ru/page-299/index.html"])
        #expect(later.removed.isEmpty)
        #expect(try SiteManifest.load(fromSite: site)?.files.count == 300)
    }

    @Test func largeChangesAndFullBuildsWriteTheManifestWholeAndDropTheChanges() throws {
        defer { try? FileManager.default.removeItem(at: root) }
        try build(pages(300))
        try build(pages(300, overrides: [1: "2"]))
        #expect(changesExist)
        try build(pages(300, version: "3"))  // every page changed: more than 256 entries
        #expect(!changesExist)
        #expect(try SiteManifest.load(fromSite: site)?.files["ru/page-5/index.html"]?.inputFingerprint == "3")

        try build(pages(300, version: "3", overrides: [1: "4"]))
        #expect(changesExist)
        try build(pages(300, version: "3", overrides: [1: "4"]), full: true)
        #expect(changesExist, "a full build that changed nothing leaves the record as it is")
        try build(pages(300, version: "3", overrides: [1: "5"]), full: true)
        #expect(!changesExist)
        try build(pages(300, version: "3", overrides: [1: "6"]))
        #expect(changesExist)
        try build(pages(300, version: "3", overrides: [1: "7"]), template: "t2")  // new templates
        #expect(!changesExist)
        #expect(try SiteManifest.load(fromSite: site)?.templateFingerprint == "t2")
    }

    @Test func changesToAnOlderManifestAreIgnored() throws {
        defer { try? FileManager.default.removeItem(at: root) }
        try build(pages(300))
        try build(pages(300, overrides: [1: "2"]))
        let stale = try #require(bytes(SiteManifestChanges.fileName))
        try build(pages(300, version: "3"))  // the manifest is rewritten and the changes deleted
        // A crash between the two would have left the old changes behind.
        try stale.write(to: site.appendingPathComponent(SiteManifestChanges.fileName))
        let loaded = try #require(try SiteManifest.load(fromSite: site))
        #expect(loaded.files["ru/page-1/index.html"]?.inputFingerprint == "3")
        let next = try build(pages(300, version: "3"))
        #expect(next.written == 0 && next.rendered == 0)
    }

    @Test(arguments: ["", "{", "{\"base\":1}", "not json at all"])
    func damagedChangesAreIgnoredAndThePagesCheckedOnDisk(_ damage: String) throws {
        defer { try? FileManager.default.removeItem(at: root) }
        try build(pages(300))
        try build(pages(299, overrides: [2: "2"]))  // page-2 rewritten, page-299 deleted
        try Data(damage.utf8).write(to: site.appendingPathComponent(SiteManifestChanges.fileName))
        // The manifest alone now says page-2 holds version 1 and page-299 exists: the build
        // must find page-2's file differs and leave page-299 deleted.
        let summary = try build(pages(299, overrides: [2: "2"]))
        #expect(summary.written == 0)
        #expect(
            try String(contentsOf: site.appendingPathComponent("ru/page-2/index.html"), encoding: .utf8) == "<p>2</p>")
        #expect(!FileManager.default.fileExists(atPath: site.appendingPathComponent("ru/page-299/index.html").path))
        #expect(try SiteManifest.load(fromSite: site)?.files.count == 299)
    }

    @Test func theChangesFileCannotBeAPage() throws {
        defer { try? FileManager.default.removeItem(at: root) }
        let writer = try SiteWriter(directory: site, templateFingerprint: "t1", durability: .none)
        #expect(throws: SiteOutputError.self) {
            try writer.submit(path: SiteManifestChanges.fileName, inputFingerprint: "x") { [] }
        }
    }
}
