import Foundation
import Testing

@testable import GangwaySite

/// Golden files: representative pages of a small storefront in every language, byte for byte,
/// in `Snapshots/`. A change to a template, a catalogue or the builder shows up here as a diff to
/// review. After an intended change, re-record with
/// `GANGWAY_RECORD_SNAPSHOTS=1 swift test --filter SiteSnapshotTests` and commit the files.
struct SiteSnapshotTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Snapshots", isDirectory: true)
    static let recording = ProcessInfo.processInfo.environment["GANGWAY_RECORD_SNAPSHOTS"] == "1"

    static let perLanguage = [
        "index.html", "days/2027-06-14/index.html", "products/neva/index.html",
        "sailings/neva-20270614-1900-moika/index.html", "piers/palace/index.html", "vessels/aurora/index.html",
        "charters/index.html", "policies/refunds/index.html", "404.html", "order/index.html",
    ]
    static let pages =
        ["index.html", "sitemap.xml", "robots.txt"]
        + ["ru", "en", "zh"].flatMap { language in perLanguage.map { "\(language)/\($0)" } }

    @Test func pagesMatchTheirGoldenFiles() throws {
        let site = try SiteBuilderTests.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: site) }
        _ = try SiteBuilderTests.build(SiteBuilderTests.catalog(), into: site)
        var mismatches: [String] = []
        for page in Self.pages {
            let actual = try Data(contentsOf: site.appendingPathComponent(page))
            let golden = Self.folder.appendingPathComponent(page.replacingOccurrences(of: "/", with: "__"))
            if Self.recording {
                try FileManager.default.createDirectory(at: Self.folder, withIntermediateDirectories: true)
                try actual.write(to: golden)
                continue
            }
            guard let expected = FileManager.default.contents(atPath: golden.path) else {
                Issue.record("no golden file for \(page): record with GANGWAY_RECORD_SNAPSHOTS=1")
                continue
            }
            if expected != actual { mismatches.append(page + ": " + Self.firstDifference(expected, actual)) }
        }
        #expect(mismatches.isEmpty, "pages differ from Snapshots/: \(mismatches.joined(separator: "; "))")
    }

    @Test func everyGoldenFileIsStillProduced() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.folder.path)
        let expected = Set(Self.pages.map { $0.replacingOccurrences(of: "/", with: "__") })
        #expect(Set(names.filter { !$0.hasPrefix(".") }) == expected)
    }

    /// `line 12: expected "…" but got "…"`.
    static func firstDifference(_ expected: Data, _ actual: Data) -> String {
        let old = String(decoding: expected, as: UTF8.self).components(separatedBy: "\n")
        let new = String(decoding: actual, as: UTF8.self).components(separatedBy: "\n")
        for index in 0..<max(old.count, new.count) {
            let left = index < old.count ? old[index] : "<end>"
            let right = index < new.count ? new[index] : "<end>"
            if left != right {
                return
                    "line \(index + 1): expected \(left.prefix(160).debugDescription) but got \(right.prefix(160).debugDescription)"
            }
        }
        return "same lines, different bytes"
    }
}
