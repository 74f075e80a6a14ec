import Foundation
import GangwayCore
import Testing

@testable import GangwayReconcile

@Suite("ЮMoney wallet history (operation-history JSON)")
struct WalletHistoryTests {
    @Test("One response object: every operation is a row, refused and outgoing ones included")
    func singlePage() throws {
        let (rows, summary) = try FixtureSupport.read("history-single-page.json")
        #expect(
            rows == [
                ExportRow(
                    provider: .yoomoney, kind: .payment, providerID: "1234567", gross: nil, net: 147_000,
                    currency: "RUB", occurredAt: FixtureSupport.moscow(2026, 7, 12, 9, 0), reference: "GW-7K3M9QXD",
                    method: "deposition", status: "success", direction: "in", location: 1),
                ExportRow(
                    provider: .yoomoney, kind: .payment, providerID: "1234568", gross: nil, net: 10, currency: "RUB",
                    occurredAt: FixtureSupport.moscow(2026, 7, 12, 13, 30), reference: "Оплата заказа GW-4HJ8NPQR",
                    method: "deposition", status: "refused", direction: "in", location: 2),
                ExportRow(
                    provider: .yoomoney, kind: .refund, providerID: "1234569", gross: nil, net: 30_000, currency: "RUB",
                    occurredAt: FixtureSupport.moscow(2026, 7, 12, 12, 0), reference: "GW-4HJ8NPQR",
                    method: "payment-p2p", status: "success", direction: "out", location: 3),
            ])
        #expect(summary.kind == .yoomoneyHistory)
        #expect(summary.format == .json)
        #expect(summary.encoding == .notApplicable)
        #expect(summary.statedDay == nil)
        #expect(summary.footerTotal == nil)
        #expect(summary.earliest == FixtureSupport.moscow(2026, 7, 12, 9, 0))
        #expect(summary.latest == FixtureSupport.moscow(2026, 7, 12, 13, 30))
        // Successful operations only: 1470.00 in, 300.00 out.
        #expect(summary.totals == ExportTotals(count: 3, net: 117_000))
        #expect(summary.sha256 == SHA256.hex(try FixtureSupport.bytes("history-single-page.json")))
    }

    @Test("An array of pages: an operation repeated on the next page is delivered once")
    func overlappingPages() throws {
        let (rows, summary) = try FixtureSupport.read("history-pages-overlapping.json")
        #expect(rows.map(\.providerID) == ["1234567", "1234569", "1234570", "1234571"])
        #expect(rows.map(\.location) == [1, 2, 4, 5])
        #expect(rows.map(\.net) == [147_000, 30_000, 1_234_567_890, 149_999])
        #expect(rows.map(\.status) == ["success", "success", "in_progress", "success"])
        #expect(rows[3].reference == "Оплата заказа gw 9qxd 7k3m")
        #expect(rows[3].occurredAt == FixtureSupport.moscow(2026, 7, 11, 23, 59, 59).addingTimeInterval(0.5))
        #expect(summary.earliest == rows[3].occurredAt)
        #expect(summary.latest == FixtureSupport.moscow(2026, 7, 13, 11, 15, 30))
        #expect(summary.totals.count == 4)
    }

    @Test("Malformed JSON is refused with its line")
    func malformed() throws {
        let error = try #require(try FixtureSupport.error("history-malformed.json"))
        guard case .malformedJSON(_, let line) = error else {
            Issue.record("expected malformedJSON, got \(error)")
            return
        }
        #expect(line > 1)
        #expect(error.description.hasPrefix("malformed JSON on line \(line): "))
    }

    @Test(
        "JSON amounts convert to kopecks exactly",
        arguments: [
            ("0.1", Int64?(10)), ("300.00", 30_000), ("300", 30_000), ("1499.99", 149_999),
            ("12345678.9", 1_234_567_890),
            ("1.230", 123), ("3E2", 30_000), ("1.5e1", 1500), ("0.001", nil), ("1499.995", nil),
        ])
    func amounts(text: String, kopecks: Int64?) throws {
        let json =
            "{\"operations\": [{\"operation_id\": \"1\", \"datetime\": \"2026-07-12T09:00:00Z\", "
            + "\"direction\": \"in\", \"status\": \"success\", \"amount\": \(text)}]}"
        let url = try FixtureSupport.temporaryFile(Array(json.utf8))
        defer { try? FileManager.default.removeItem(at: url.deletingLastPathComponent()) }
        var rows: [ExportRow] = []
        do {
            _ = try ExportReader.read(url) { rows.append($0) }
            #expect(rows.map(\.net) == [kopecks])
        } catch let error as ExportError {
            #expect(kopecks == nil)
            #expect(error == .badAmount(.operation(1), column: "amount", value: text))
        }
    }

    @Test("An operation without an id is refused with its index")
    func missingID() throws {
        let json =
            "[{\"operations\": [{\"datetime\": \"2026-07-12T09:00:00Z\", \"direction\": \"in\", \"amount\": 1}]}]"
        let url = try FixtureSupport.temporaryFile(Array(json.utf8))
        defer { try? FileManager.default.removeItem(at: url.deletingLastPathComponent()) }
        #expect(throws: ExportError.missingValue(.operation(1), column: "operation_id")) {
            _ = try ExportReader.read(url) { _ in }
        }
    }

    @Test(
        "The JSON parser refuses what RFC 8259 refuses",
        arguments: ["{\"a\": 01}", "[1,]", "{\"a\" 1}", "\"x", "[1] 2"])
    func strictJSON(text: String) {
        #expect(throws: JSONParser.Failure.self) { try JSONParser.parse(Array(text.utf8)) }
    }

    @Test("RFC 3339 times with offsets, fractions and Z")
    func rfc3339() {
        func date(_ text: String) -> Date? {
            var text = text
            return text.withUTF8 { ExportTime.rfc3339($0) }
        }
        #expect(date("2011-07-01T09:00:00.000+04:00") == FixtureSupport.moscow(2011, 7, 1, 8, 0))
        #expect(date("2024-09-08T11:58:25Z") == FixtureSupport.moscow(2024, 9, 8, 14, 58, 25))
        #expect(date("2024-09-08 11:58:25-01:30") == FixtureSupport.moscow(2024, 9, 8, 16, 28, 25))
        #expect(date("2024-09-08T11:58:25") == nil)
        #expect(date("2024-02-30T11:58:25Z") == nil)
    }
}
