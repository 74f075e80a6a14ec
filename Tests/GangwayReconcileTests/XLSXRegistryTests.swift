import Foundation
import GangwayCore
import Testing

@testable import GangwayReconcile

@Suite("ЮKassa registries as XLSX")
struct XLSXRegistryTests {
    @Test("A payment registry with shared strings, float artefacts and serial dates reads like its CSV")
    func paymentRegistry() throws {
        let (rows, summary) = try FixtureSupport.read("payments-ru.xlsx")
        #expect(rows == ExpectedRows.payments(lines: [5, 6, 7]))
        #expect(summary.kind == .yookassaPayments)
        #expect(summary.format == .xlsx)
        #expect(summary.encoding == .notApplicable)
        #expect(summary.statedDay == LocalDate(year: 2026, month: 7, day: 12))
        #expect(summary.footerTotal == 405_050)
        #expect(summary.footerCount == 3)
        #expect(summary.totals == ExpectedRows.paymentTotals)
        #expect(summary.sha256 == SHA256.hex(try FixtureSupport.bytes("payments-ru.xlsx")))
    }

    @Test("A refund registry of inline strings, found without workbook.xml, rounds 49.999999999999993 to 50.00")
    func refundRegistry() throws {
        let (rows, summary) = try FixtureSupport.read("refunds-ru.xlsx")
        #expect(rows == ExpectedRows.refunds(lines: [4, 5]))
        #expect(summary.kind == .yookassaRefunds)
        #expect(summary.statedDay == LocalDate(year: 2026, month: 7, day: 13))
        #expect(summary.footerTotal == 155_000)
        #expect(summary.footerCount == 2)
    }

    @Test(
        "Broken workbooks are refused as broken XLSX",
        arguments: [
            ("broken-archive.xlsx", "broken XLSX file: not a readable zip archive"),
            ("zip-without-workbook.xlsx", "broken XLSX file: no xl/workbook.xml: not an Excel workbook"),
            ("sheet-not-xml.xlsx", "broken XLSX file: xl/worksheets/sheet1.xml is not well-formed XML"),
        ])
    func broken(name: String, message: String) throws {
        let error = try #require(try FixtureSupport.error(name))
        guard case .brokenXLSX = error else {
            Issue.record("expected brokenXLSX, got \(error)")
            return
        }
        #expect(error.description.hasPrefix(message))
    }

    @Test("Excel serial dates are Moscow times, rounded to the second")
    func serialDates() {
        func date(_ text: String) -> Date? {
            var text = text
            return text.withUTF8 { ExportTime.excelSerial($0) }
        }
        #expect(date("46215.740949074") == FixtureSupport.moscow(2026, 7, 12, 17, 46, 58))
        #expect(date("46215") == FixtureSupport.moscow(2026, 7, 12, 0, 0))
        #expect(date("46215.5") == FixtureSupport.moscow(2026, 7, 12, 12, 0))
        #expect(date("4.62155E4") == FixtureSupport.moscow(2026, 7, 12, 12, 0))
        #expect(date("25569") == FixtureSupport.moscow(1970, 1, 1, 0, 0))
        #expect(date("abc") == nil)
        #expect(date("-1") == nil)
    }

    @Test("Cell references give columns, so skipped cells stay empty")
    func cellReferences() {
        #expect(XLSXNames.column(ofReference: "A1") == 0)
        #expect(XLSXNames.column(ofReference: "N5") == 13)
        #expect(XLSXNames.column(ofReference: "AA10") == 26)
        #expect(XLSXNames.column(ofReference: "12") == nil)
    }
}
