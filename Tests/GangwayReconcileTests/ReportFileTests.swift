import Foundation
import Testing

@testable import GangwayReconcile

/// A report file appears whole or not at all, and the previous report stays until then.
struct ReportFileTests {
    static func folder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("gangway-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    @Test func aReportReplacesThePreviousOneOnlyWhenComplete() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("2026-11-26.csv")
        try Data("old report\n".utf8).write(to: url)

        let file = try ReportFile(url)
        let line = "finding;yookassa;2026-11-25;amount_differs;GW-ABCDEFGH;Иван;2c1f0d80;1500.00;1450.00\r\n"
        var expected = ""
        // More than the buffer holds, so that it is written in several pieces.
        for _ in 0..<(3 * ReportFile.bufferSize / line.utf8.count) {
            try file.write(line)
            expected += line
        }
        #expect(try String(contentsOf: url, encoding: .utf8) == "old report\n")
        try file.commit()
        #expect(try String(contentsOf: url, encoding: .utf8) == expected)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["2026-11-26.csv"])
    }

    @Test func anAbandonedReportLeavesThePreviousOneAndNoTemporaryFile() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("2026-11-26.html")
        try Data("<p>old</p>\n".utf8).write(to: url)
        do {
            let file = try ReportFile(url)
            try file.write(String(repeating: "<tr><td>x</td></tr>\n", count: 100_000))
        }
        #expect(try String(contentsOf: url, encoding: .utf8) == "<p>old</p>\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["2026-11-26.html"])
    }

    @Test func aReportInAFolderThatIsGoneCannotBeStarted() {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("gangway-\(UUID().uuidString)/r.csv")
        #expect(throws: (any Error).self) { try ReportFile(url) }
    }
}
