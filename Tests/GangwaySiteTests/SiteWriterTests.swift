import Foundation
import GangwayCore
import Testing

@testable import GangwaySite

/// One page as the site build hands it to the writer: its input fingerprint and the bytes it renders to.
private struct Page {
    var path: String
    var input: String
    var body: String

    init(_ path: String, _ body: String, input: String? = nil) {
        self.path = path
        self.body = body
        self.input = input ?? body
    }
}

/// A folder of its own for each test, holding the site folder (and room for files beside it).
private struct Scratch {
    let root: URL
    var site: URL { root.appendingPathComponent("site") }

    init() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("gangway-site-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    }

    func remove() { try? FileManager.default.removeItem(at: root) }

    func url(_ path: String) -> URL { site.appendingPathComponent(path) }

    func text(_ path: String) throws -> String { try String(contentsOf: url(path), encoding: .utf8) }

    func exists(_ path: String) -> Bool { FileManager.default.fileExists(atPath: url(path).path) }

    /// Every file of the site folder except the manifest, relative paths.
    func files() -> [String] {
        let paths = FileManager.default.enumerator(atPath: site.path)?.allObjects as? [String] ?? []
        return paths.filter { path in
            var isDirectory: ObjCBool = false
            let exists = FileManager.default.fileExists(atPath: url(path).path, isDirectory: &isDirectory)
            return exists && !isDirectory.boolValue && path != SiteManifest.fileName
                && path != SiteManifestChanges.fileName
        }.sorted()
    }

    /// Sets a modification time far in the past on every page, so any rewrite shows.
    func ageFiles() throws {
        for path in files() {
            try FileManager.default.setAttributes([.modificationDate: oldDate], ofItemAtPath: url(path).path)
        }
    }

    func modificationDate(_ path: String) throws -> Date? {
        try FileManager.default.attributesOfItem(atPath: url(path).path)[.modificationDate] as? Date
    }

    /// What the folder records: the manifest file and the changes file beside it, if any.
    func manifestBytes() throws -> Data {
        let changes = (try? Data(contentsOf: url(SiteManifestChanges.fileName))) ?? Data()
        return try Data(contentsOf: url(SiteManifest.fileName)) + changes
    }
}

private let oldDate = Date(timeIntervalSince1970: 1_500_000_000)

private let samplePages = [
    Page("index.html", "<p>choose a language</p>"),
    Page("ru/index.html", "<p>главная</p>"),
    Page("ru/sailings/s1/index.html", "<p>рейс 1, 2 500 ₽</p>"),
    Page("ru/sailings/s2/index.html", "<p>рейс 2, 1 800 ₽</p>"),
    Page("en/sailings/s1/index.html", "<p>sailing 1</p>"),
]

/// Runs one whole build of `pages` (in order) and returns its summary.
@discardableResult
private func build(
    _ scratch: Scratch, _ pages: [Page], template: String = "templates-1", full: Bool = false,
    verification: SiteWriter.Verification = .metadata
) throws -> SiteBuildSummary {
    let writer = try SiteWriter(
        directory: scratch.site, templateFingerprint: template, full: full, verification: verification)
    for page in pages {
        try writer.submit(path: page.path, inputFingerprint: page.input) { Array(page.body.utf8) }
    }
    return try writer.finish()
}

@Test func firstBuildWritesEveryPageAndTheManifest() throws {
    let scratch = try Scratch()
    defer { scratch.remove() }

    let summary = try build(scratch, samplePages)

    #expect(summary.writtenPaths == samplePages.map(\.path).sorted())
    #expect(summary.unchanged == 0 && summary.removed == 0 && summary.rendered == samplePages.count)
    #expect(summary.warnings.isEmpty)
    #expect(scratch.files() == samplePages.map(\.path).sorted())  // no temporary files left behind
    for page in samplePages { #expect(try scratch.text(page.path) == page.body) }

    let manifest = try #require(try SiteManifest.load(fromSite: scratch.site))
    #expect(manifest.formatVersion == SiteManifest.currentFormatVersion)
    #expect(manifest.templateFingerprint == "templates-1")
    #expect(Set(manifest.files.keys) == Set(samplePages.map(\.path)))
    let entry = try #require(manifest.files["ru/sailings/s1/index.html"])
    #expect(entry.inputFingerprint == "<p>рейс 1, 2 500 ₽</p>")
    #expect(entry.contentHash == ContentHash.hex(Array("<p>рейс 1, 2 500 ₽</p>".utf8)))
}

@Test func contentsVerificationAlsoRecordsEachFilesHash() throws {
    let scratch = try Scratch()
    defer { scratch.remove() }
    let writer = try SiteWriter(
        directory: scratch.site, templateFingerprint: "templates-1", verification: .contents, durability: .none)
    try writer.submit(path: "ru/index.html", inputFingerprint: "i") { Array("<p>рейс 1</p>".utf8) }
    _ = try writer.finish()
    let manifest = try #require(try SiteManifest.load(fromSite: scratch.site))
    #expect(manifest.files["ru/index.html"]?.contentHash == ContentHash.hex(Array("<p>рейс 1</p>".utf8)))
}

@Test func identicalRebuildWritesNothingAndKeepsModificationTimes() throws {
    let scratch = try Scratch()
    defer { scratch.remove() }
    try build(scratch, samplePages)

    let quick = try build(scratch, samplePages)
    #expect(quick.written == 0 && quick.unchanged == samplePages.count && quick.rendered == 0)

    try scratch.ageFiles()  // the recorded times no longer match: the writer must hash, not rewrite
    let manifestBefore = try scratch.manifestBytes()
    let checked = try build(scratch, samplePages)

    #expect(checked.written == 0 && checked.rendered == 0 && checked.removed == 0)
    #expect(checked.description == "pages: 0 written, 5 unchanged, 0 removed")
    for page in samplePages { #expect(try scratch.modificationDate(page.path) == oldDate) }
    #expect(try scratch.manifestBytes() != manifestBefore)  // it now records the new times

    let afterAgeing = try build(scratch, samplePages)  // and trusts them again
    #expect(afterAgeing.rendered == 0 && afterAgeing.written == 0)
}

@Test func changedInputRewritesExactlyThatPage() throws {
    let scratch = try Scratch()
    defer { scratch.remove() }
    try build(scratch, samplePages)
    try scratch.ageFiles()

    var pages = samplePages
    pages[2] = Page("ru/sailings/s1/index.html", "<p>рейс 1, 2 700 ₽</p>")
    let summary = try build(scratch, pages)

    #expect(summary.writtenPaths == ["ru/sailings/s1/index.html"])
    #expect(summary.rendered == 1 && summary.unchanged == samplePages.count - 1)
    #expect(try scratch.text("ru/sailings/s1/index.html") == "<p>рейс 1, 2 700 ₽</p>")
    #expect(try scratch.modificationDate("ru/sailings/s1/index.html") != oldDate)
    for page in pages where page.path != "ru/sailings/s1/index.html" {
        #expect(try scratch.modificationDate(page.path) == oldDate)
    }
}

@Test func changedInputWithSameOutputLeavesTheFileAlone() throws {
    let scratch = try Scratch()
    defer { scratch.remove() }
    try build(scratch, samplePages)
    try scratch.ageFiles()

    var pages = samplePages
    pages[1] = Page("ru/index.html", "<p>главная</p>", input: "a field the page does not show changed")
    let summary = try build(scratch, pages)

    #expect(summary.rendered == 1 && summary.written == 0)
    #expect(try scratch.modificationDate("ru/index.html") == oldDate)
    let manifest = try #require(try SiteManifest.load(fromSite: scratch.site))
    #expect(manifest.files["ru/index.html"]?.inputFingerprint == "a field the page does not show changed")
}

@Test func removedPageIsDeletedWithTheFoldersItEmptied() throws {
    let scratch = try Scratch()
    defer { scratch.remove() }
    try build(scratch, samplePages)

    let withoutS2 = samplePages.filter { $0.path != "ru/sailings/s2/index.html" }
    let summary = try build(scratch, withoutS2)
    #expect(summary.removedPaths == ["ru/sailings/s2/index.html"])
    #expect(summary.description == "pages: 0 written, 4 unchanged, 1 removed")
    #expect(!scratch.exists("ru/sailings/s2"))
    #expect(scratch.exists("ru/sailings/s1/index.html"))

    let withoutSailings = withoutS2.filter { !$0.path.contains("/sailings/") }
    let second = try build(scratch, withoutSailings)
    #expect(second.removedPaths == ["en/sailings/s1/index.html", "ru/sailings/s1/index.html"])
    #expect(!scratch.exists("ru/sailings") && !scratch.exists("en"))
    #expect(scratch.exists("ru/index.html"))
    let manifest = try #require(try SiteManifest.load(fromSite: scratch.site))
    #expect(Set(manifest.files.keys) == ["index.html", "ru/index.html"])
}

@Test func fullRebuildRendersEverythingButLeavesIdenticalBytesUntouched() throws {
    let scratch = try Scratch()
    defer { scratch.remove() }
    try build(scratch, samplePages)
    try scratch.ageFiles()

    var pages = samplePages
    pages[0] = Page("index.html", "<p>choose a language!</p>")
    let summary = try build(scratch, pages, full: true)

    #expect(summary.rendered == pages.count)
    #expect(summary.writtenPaths == ["index.html"])
    for page in pages.dropFirst() { #expect(try scratch.modificationDate(page.path) == oldDate) }
}

@Test func changedTemplateFingerprintRendersEveryPage() throws {
    let scratch = try Scratch()
    defer { scratch.remove() }
    try build(scratch, samplePages)
    try scratch.ageFiles()

    // Same inputs; the new layout changes the bytes of one page only.
    var pages = samplePages
    pages[4] = Page("en/sailings/s1/index.html", "<p>sailing 1 (new layout)</p>", input: pages[4].input)
    let summary = try build(scratch, pages, template: "templates-2")

    #expect(summary.rendered == pages.count)
    #expect(summary.writtenPaths == ["en/sailings/s1/index.html"])
    #expect(try scratch.modificationDate("ru/index.html") == oldDate)
    #expect(try SiteManifest.load(fromSite: scratch.site)?.templateFingerprint == "templates-2")

    let again = try build(scratch, pages, template: "templates-2")
    #expect(again.rendered == 0)
}

@Test func fileEditedOrDeletedByHandIsRestored() throws {
    let scratch = try Scratch()
    defer { scratch.remove() }
    try build(scratch, samplePages)

    try Data("<p>defaced</p>".utf8).write(to: scratch.url("ru/index.html"))
    try FileManager.default.removeItem(at: scratch.url("en/sailings/s1/index.html"))
    let summary = try build(scratch, samplePages)

    #expect(summary.writtenPaths == ["en/sailings/s1/index.html", "ru/index.html"])
    #expect(summary.rendered == 2)
    #expect(try scratch.text("ru/index.html") == "<p>главная</p>")
    #expect(try scratch.text("en/sailings/s1/index.html") == "<p>sailing 1</p>")
}

@Test func contentsVerificationCatchesAnEditThatKeptSizeAndTime() throws {
    let scratch = try Scratch()
    defer { scratch.remove() }
    try build(scratch, samplePages)
    let path = "ru/sailings/s2/index.html"
    let attributes = try FileManager.default.attributesOfItem(atPath: scratch.url(path).path)
    let original = try scratch.text(path)

    try Data(original.replacingOccurrences(of: "1 800", with: "9 999").utf8).write(to: scratch.url(path))
    try FileManager.default.setAttributes(
        [.modificationDate: attributes[.modificationDate] ?? oldDate], ofItemAtPath: scratch.url(path).path)
    let summary = try build(scratch, samplePages, verification: .contents)

    #expect(summary.writtenPaths == [path])
    #expect(try scratch.text(path) == original)
}

@Test(arguments: [
    "../x", "/etc/x", "a b.html", "ru/../../x", "ru/./x", "", "ru//x", "ru/", "страница.html", "a%2Fb",
    ".gangway-manifest.json", "ru/.index.html.tmp-1f", "a\\b",
])
func invalidPathIsRejectedBeforeRendering(path: String) throws {
    let scratch = try Scratch()
    defer { scratch.remove() }
    let writer = try SiteWriter(directory: scratch.site, previous: nil, templateFingerprint: "t")
    var rendered = false

    let error = #expect(throws: SiteOutputError.self) {
        try writer.submit(path: path, inputFingerprint: "i") {
            rendered = true
            return Array("x".utf8)
        }
    }

    guard case .invalidPath(let rejected, let reason) = error else {
        Issue.record("expected invalidPath, got \(String(describing: error))")
        return
    }
    #expect(rejected == path && !reason.isEmpty)
    #expect(error?.description.contains("\n") == false)
    #expect(!rendered)
    #expect(try writer.finish().written == 0)
    #expect(scratch.files().isEmpty)
}

@Test func folderThatIsASymbolicLinkIsNeverWrittenThrough() throws {
    let scratch = try Scratch()
    defer { scratch.remove() }
    let outside = scratch.root.appendingPathComponent("outside")
    try FileManager.default.createDirectory(at: outside, withIntermediateDirectories: true)
    try FileManager.default.createDirectory(at: scratch.site, withIntermediateDirectories: true)
    try FileManager.default.createSymbolicLink(at: scratch.url("ru"), withDestinationURL: outside)

    let writer = try SiteWriter(directory: scratch.site, previous: nil, templateFingerprint: "t")
    #expect(throws: SiteOutputError.self) {
        try writer.submit(path: "ru/sailings/s1/index.html", inputFingerprint: "i") { Array("x".utf8) }
    }
    #expect(try FileManager.default.contentsOfDirectory(atPath: outside.path).isEmpty)
}

@Test func manifestListingPathsOutsideTheSiteNeverDeletesThem() throws {
    let scratch = try Scratch()
    defer { scratch.remove() }
    try build(scratch, samplePages)
    let victim = scratch.root.appendingPathComponent("victim.txt")
    try Data("keep me".utf8).write(to: victim)
    var manifest = try #require(try SiteManifest.load(fromSite: scratch.site))
    manifest.files["../victim.txt"] = .init(inputFingerprint: "i", contentHash: "0", size: 7, modified: 0)
    try Data(manifest.encoded()).write(to: scratch.url(SiteManifest.fileName))

    let summary = try build(scratch, samplePages)

    #expect(FileManager.default.fileExists(atPath: victim.path))
    #expect(summary.removed == 0)
    #expect(summary.warnings.count == 1)
    #expect(summary.warnings.first?.contains("../victim.txt") == true)
}

/// Set by the writer task when it is done, read by the reader task.
private final class StopFlag: @unchecked Sendable {
    private let lock = NSLock()
    private var stopped = false

    var isStopped: Bool { lock.withLock { stopped } }
    func stop() { lock.withLock { stopped = true } }
}

@Test func readerDuringRebuildsAlwaysSeesOneWholeVersion() async throws {
    let scratch = try Scratch()
    defer { scratch.remove() }
    // Sizes kept modest: the debug build hashes every version (about 1 MB/s unoptimised).
    let versionA = [UInt8](repeating: UInt8(ascii: "a"), count: 128 << 10)
    let versionB = [UInt8](repeating: UInt8(ascii: "b"), count: 192 << 10)
    let site = scratch.site
    let path = "ru/big/index.html"
    let file = scratch.url(path)
    let writer = try SiteWriter(directory: site, previous: nil, templateFingerprint: "t")
    try writer.submit(path: path, inputFingerprint: "v-1") { versionA }
    _ = try writer.finish()
    let flag = StopFlag()

    let (reads, damaged, examples) = try await withThrowingTaskGroup(of: (Int, Int, [String]).self) { group in
        group.addTask {
            defer { flag.stop() }
            for round in 0..<40 {
                let writer = try SiteWriter(directory: site, templateFingerprint: "t")
                let outcome = try writer.submit(path: path, inputFingerprint: "v\(round)") {
                    round.isMultiple(of: 2) ? versionB : versionA
                }
                #expect(outcome == .written)
                _ = try writer.finish()
                await Task.yield()
            }
            return (0, 0, [])
        }
        group.addTask {
            var reads = 0
            var damaged = 0
            var examples: [String] = []
            while !flag.isStopped || reads == 0 {
                let bytes = [UInt8](try Data(contentsOf: file))
                reads += 1
                if bytes != versionA && bytes != versionB {
                    damaged += 1
                    if examples.count < 3 { examples.append("\(bytes.count) bytes, last \(bytes.last ?? 0)") }
                }
                await Task.yield()
            }
            return (reads, damaged, examples)
        }
        var total = (0, 0, [String]())
        for try await (reads, damaged, examples) in group {
            total.0 += reads
            total.1 += damaged
            total.2 += examples
        }
        return total
    }

    #expect(reads > 0)
    #expect(damaged == 0, "the reader saw \(damaged) damaged version(s) in \(reads) reads, e.g. \(examples)")
    #expect(scratch.files() == [path])  // no temporary file left behind
}

@Test func corruptManifestMeansFullRebuildWithAWarning() throws {
    let scratch = try Scratch()
    defer { scratch.remove() }
    try build(scratch, samplePages)
    try scratch.ageFiles()
    try Data("{\"formatVersion\": 1, \"files\": [tru".utf8).write(to: scratch.url(SiteManifest.fileName))
    #expect(throws: SiteOutputError.self) { try SiteManifest.load(fromSite: scratch.site) }

    let summary = try build(scratch, samplePages)

    #expect(summary.rendered == samplePages.count && summary.written == 0)
    #expect(summary.warnings.count == 1)
    #expect(summary.warnings.first?.contains("rebuilding every page") == true)
    for page in samplePages { #expect(try scratch.modificationDate(page.path) == oldDate) }
    #expect(try SiteManifest.load(fromSite: scratch.site)?.files.count == samplePages.count)
}

@Test func manifestOfAnotherFormatVersionMeansFullRebuild() throws {
    let scratch = try Scratch()
    defer { scratch.remove() }
    try build(scratch, samplePages)
    var manifest = try #require(try SiteManifest.load(fromSite: scratch.site))
    manifest.formatVersion = 99
    try Data(manifest.encoded()).write(to: scratch.url(SiteManifest.fileName))

    let summary = try build(scratch, samplePages)
    #expect(summary.rendered == samplePages.count && summary.written == 0)
    #expect(summary.warnings.first?.contains("format version 99") == true)
}

private struct SimulatedCrash: Error {}

@Test func buildThatFailsBeforeFinishLeavesThePreviousManifest() throws {
    let scratch = try Scratch()
    defer { scratch.remove() }
    try build(scratch, samplePages)
    let manifestBefore = try scratch.manifestBytes()

    var pages = samplePages
    pages[2] = Page("ru/sailings/s1/index.html", "<p>рейс 1, отменён</p>")
    let writer = try SiteWriter(directory: scratch.site, templateFingerprint: "templates-1")
    try writer.submit(path: pages[2].path, inputFingerprint: pages[2].input) { Array(pages[2].body.utf8) }
    let error = #expect(throws: SiteOutputError.self) {
        try writer.submit(path: "ru/sailings/s2/index.html", inputFingerprint: "new") { throw SimulatedCrash() }
    }
    #expect(error?.description.hasPrefix("site page \"ru/sailings/s2/index.html\" failed to render") == true)
    // The process stops here: no finish(). Pages already replaced are whole; the manifest is the old one.
    #expect(try scratch.manifestBytes() == manifestBefore)
    #expect(try scratch.text("ru/sailings/s1/index.html") == "<p>рейс 1, отменён</p>")
    #expect(scratch.files() == samplePages.map(\.path).sorted())

    // The next build trusts nothing it cannot verify and converges.
    let next = try build(scratch, pages)
    #expect(next.written == 0 && next.rendered == 1)
    let back = try build(scratch, samplePages)
    #expect(back.writtenPaths == ["ru/sailings/s1/index.html"])
}

@Test func duplicateSubmissionAndUseAfterFinishAreRejected() throws {
    let scratch = try Scratch()
    defer { scratch.remove() }
    let writer = try SiteWriter(directory: scratch.site, previous: nil, templateFingerprint: "t")
    try writer.submit(path: "a.html", inputFingerprint: "1") { Array("a".utf8) }
    #expect(throws: SiteOutputError.duplicatePath("a.html")) {
        try writer.submit(path: "a.html", inputFingerprint: "2") { Array("b".utf8) }
    }
    #expect(try scratch.text("a.html") == "a")
    _ = try writer.finish()
    #expect(throws: SiteOutputError.writerFinished(path: "b.html")) {
        try writer.submit(path: "b.html", inputFingerprint: "1") { Array("b".utf8) }
    }
    #expect(throws: SiteOutputError.writerFinished(path: nil)) { try writer.finish() }
}

@Test func pagesSubmittedFromManyTasksAtOnce() async throws {
    let scratch = try Scratch()
    defer { scratch.remove() }
    let writer = try SiteWriter(directory: scratch.site, previous: nil, templateFingerprint: "t", durability: .none)

    try await withThrowingTaskGroup(of: Void.self) { group in
        for worker in 0..<4 {
            group.addTask {
                for index in 0..<50 {
                    let path = "ru/sailings/w\(worker)-\(index)/index.html"
                    try writer.submit(path: path, inputFingerprint: path) { Array(path.utf8) }
                }
            }
        }
        try await group.waitForAll()
    }
    let summary = try writer.finish()

    #expect(summary.written == 200 && summary.rendered == 200)
    #expect(try SiteManifest.load(fromSite: scratch.site)?.files.count == 200)
    #expect(try scratch.text("ru/sailings/w3-49/index.html") == "ru/sailings/w3-49/index.html")
}

@Test func summaryReadsAsOneLineAndRoundTripsThroughJSON() throws {
    let summary = SiteBuildSummary(
        writtenPaths: ["b", "a"], unchanged: 3, removedPaths: ["f"], rendered: 4)
    #expect(summary.description == "pages: 2 written, 3 unchanged, 1 removed")
    #expect(summary.writtenPaths == ["a", "b"])
    let decoded = try JSONDecoder().decode(SiteBuildSummary.self, from: try JSONEncoder().encode(summary))
    #expect(decoded == summary)
}

@Test func manifestCodecAgreesWithFoundationBothWays() throws {
    let manifest = SiteManifest(
        templateFingerprint: "tpl \"quoted\" \\ back\u{1}slash\n/ünïcode 🚢",
        files: [
            "ru/sailings/s1/index.html": .init(inputFingerprint: "a/b\tc", contentHash: "00ff", size: 12, modified: -5),
            "index.html": .init(inputFingerprint: "", contentHash: "ab", size: 0, modified: 1_781_234_567_123_456_789),
        ])
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    let foundationBytes = try encoder.encode(manifest)

    #expect(try JSONDecoder().decode(SiteManifest.self, from: Data(manifest.encoded())) == manifest)
    #expect(manifest.encoded() == [UInt8](foundationBytes))

    let scratch = try Scratch()
    defer { scratch.remove() }
    try FileManager.default.createDirectory(at: scratch.site, withIntermediateDirectories: true)
    let spaced = #"""
        { "templateFingerprint" : "t\u00e9\ud83d\udea2", "extra": [1, {"x": null}, true, -2.5e3],
          "formatVersion": 1, "files": { "a.html": { "size": 3, "contentHash": "s", "modified": 7,
          "inputFingerprint": "i", "note": "ignored" } } }
        """#
    for bytes in [foundationBytes, Data(spaced.utf8)] {
        try bytes.write(to: scratch.url(SiteManifest.fileName))
        let expected = try JSONDecoder().decode(SiteManifest.self, from: bytes)
        #expect(try SiteManifest.load(fromSite: scratch.site) == expected)
    }
    #expect(try SiteManifest.load(fromSite: scratch.site)?.templateFingerprint == "té🚢")
}

@Test(arguments: [
    "", "{", "[]", #"{"formatVersion": 1}"#, #"{"formatVersion": "1", "templateFingerprint": "t", "files": {}}"#,
    #"{"formatVersion": 1, "templateFingerprint": "t", "files": {"a": {"size": 1}}}"#,
    #"{"formatVersion": 1, "templateFingerprint": "t", "files": {}} trailing"#,
    String(repeating: "[", count: 10_000),
])
func malformedManifestIsReportedNotTrusted(text: String) throws {
    let scratch = try Scratch()
    defer { scratch.remove() }
    try FileManager.default.createDirectory(at: scratch.site, withIntermediateDirectories: true)
    try Data(text.utf8).write(to: scratch.url(SiteManifest.fileName))

    let error = #expect(throws: SiteOutputError.self) { try SiteManifest.load(fromSite: scratch.site) }
    guard case .manifestUnreadable = error else {
        Issue.record("expected manifestUnreadable, got \(String(describing: error))")
        return
    }
    #expect(error?.description.contains("\n") == false)
}

@Test func staleFileThatCannotBeRemovedIsAWarningAndIsTriedAgain() throws {
    let scratch = try Scratch()
    defer { scratch.remove() }
    try build(scratch, samplePages)
    // Someone put a folder with content where a stale page was: unlink fails, the build goes on.
    try FileManager.default.removeItem(at: scratch.url("ru/sailings/s2/index.html"))
    try FileManager.default.createDirectory(
        at: scratch.url("ru/sailings/s2/index.html/keep"), withIntermediateDirectories: true)
    let withoutS2 = samplePages.filter { $0.path != "ru/sailings/s2/index.html" }

    let summary = try build(scratch, withoutS2)

    #expect(summary.removed == 0)
    #expect(summary.warnings.count == 1)
    #expect(summary.warnings.first?.hasPrefix("could not remove stale site file ru/sailings/s2/index.html") == true)
    #expect(try SiteManifest.load(fromSite: scratch.site)?.files["ru/sailings/s2/index.html"] != nil)

    try FileManager.default.removeItem(at: scratch.url("ru/sailings/s2/index.html"))
    let next = try build(scratch, withoutS2)
    #expect(next.warnings.isEmpty)
    #expect(try SiteManifest.load(fromSite: scratch.site)?.files["ru/sailings/s2/index.html"] == nil)
    #expect(!scratch.exists("ru/sailings/s2"))
}

@Test func fileWhereAFolderIsNeededIsAnError() throws {
    let scratch = try Scratch()
    defer { scratch.remove() }
    try build(scratch, [Page("ru", "a file named like a folder")])

    let writer = try SiteWriter(directory: scratch.site, templateFingerprint: "templates-1")
    let error = #expect(throws: SiteOutputError.self) {
        try writer.submit(path: "ru/index.html", inputFingerprint: "i") { Array("x".utf8) }
    }
    guard case .notADirectory = error else {
        Issue.record("expected notADirectory, got \(String(describing: error))")
        return
    }
}

@Test func outputFolderThatIsAFileIsAnError() throws {
    let scratch = try Scratch()
    defer { scratch.remove() }
    try Data("not a folder".utf8).write(to: scratch.site)

    #expect(throws: SiteOutputError.outputDirectoryUnusable(path: scratch.site.path, reason: "not a folder")) {
        try SiteWriter(directory: scratch.site, previous: nil, templateFingerprint: "t")
    }
}
