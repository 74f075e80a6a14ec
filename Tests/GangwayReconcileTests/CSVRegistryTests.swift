import Foundation
import GangwayCore
import Testing

@testable import GangwayReconcile

@Suite("ЮKassa registries as CSV")
struct CSVRegistryTests {
    @Test(
        "The same Russian payment registry reads alike in every encoding",
        arguments: [
            ("payments-ru-utf8-bom-crlf.csv", ExportEncoding.utf8BOM),
            ("payments-ru-utf8.csv", .utf8),
            ("payments-ru-cp1251.csv", .windows1251),
        ])
    func russianPaymentRegistry(name: String, encoding: ExportEncoding) throws {
        let (rows, summary) = try FixtureSupport.read(name)
        #expect(rows == ExpectedRows.payments())
        #expect(summary.kind == .yookassaPayments)
        #expect(summary.format == .csv)
        #expect(summary.encoding == encoding)
        #expect(summary.statedDay == LocalDate(year: 2026, month: 7, day: 12))
        #expect(summary.footerTotal == 405_050)
        #expect(summary.footerCount == 3)
        #expect(summary.totals == ExpectedRows.paymentTotals)
        #expect(summary.earliest == FixtureSupport.moscow(2026, 7, 12, 9, 15, 3))
        #expect(summary.latest == FixtureSupport.moscow(2026, 7, 12, 23, 59))
        #expect(summary.sha256 == SHA256.hex(try FixtureSupport.bytes(name)))
    }

    @Test(
        "Records cut by chunk boundaries at every position read the same",
        arguments: [
            "payments-ru-utf8-bom-crlf.csv", "payments-ru-cp1251.csv", "payments-quoted-fields.csv", "refunds-ru.csv",
        ], [1, 2, 3, 7, 64])
    func chunkBoundaries(name: String, chunkSize: Int) throws {
        let whole = try FixtureSupport.read(name)
        let chunked = try FixtureSupport.read(name, chunkSize: chunkSize)
        #expect(chunked.rows == whole.rows)
        #expect(chunked.summary == whole.summary)
    }

    @Test("English headers, title, stated day and footer map to the same fields")
    func englishRegistry() throws {
        let (rows, summary) = try FixtureSupport.read("payments-en.csv")
        #expect(rows == ExpectedRows.payments(english: true))
        #expect(summary.kind == .yookassaPayments)
        #expect(summary.statedDay == LocalDate(year: 2026, month: 7, day: 12))
        #expect(summary.footerTotal == 405_050)
        #expect(summary.footerCount == 3)
    }

    @Test("A refund registry gives refund rows with the payment refunded; RUR is RUB")
    func refundRegistry() throws {
        let (rows, summary) = try FixtureSupport.read("refunds-ru.csv")
        #expect(rows == ExpectedRows.refunds())
        #expect(summary.kind == .yookassaRefunds)
        #expect(summary.statedDay == LocalDate(year: 2026, month: 7, day: 13))
        #expect(summary.footerTotal == 155_000)
        #expect(summary.footerCount == 2)
        #expect(summary.totals == ExportTotals(count: 2, gross: 155_000))
    }

    @Test("Quoted fields keep their semicolons, doubled quotes and line breaks; line numbers stay physical")
    func quotedFields() throws {
        let (rows, summary) = try FixtureSupport.read("payments-quoted-fields.csv")
        try #require(rows.count == 2)
        #expect(rows[0].reference == "Заказ GW-7K3M9QXD; взрослый \"льготный\"\r\nи детский")
        #expect(rows[0].gross == 150_000)
        #expect(rows[0].location == 4)
        #expect(rows[1].location == 6)
        #expect(rows[1].reference == "")
        #expect(summary.footerCount == 2)
        #expect(summary.totals.gross == 160_000)
    }

    @Test("Columns are found by name in any order, spelling variants included; unknown columns are ignored")
    func reorderedColumns() throws {
        let (rows, summary) = try FixtureSupport.read("payments-reordered-extra-columns.csv")
        #expect(summary.kind == .yookassaPayments)
        #expect(summary.footerTotal == nil)
        #expect(summary.footerCount == nil)
        #expect(summary.statedDay == LocalDate(year: 2026, month: 7, day: 12))
        #expect(
            rows == [
                ExportRow(
                    provider: .yookassa, kind: .payment, providerID: "2c1f0d7e-000f-5000-8000-1a2b3c4d5e6f",
                    gross: 150_000, net: nil, currency: "RUB", occurredAt: FixtureSupport.moscow(2026, 7, 12, 9, 15, 3),
                    reference: "Заказ GW-7K3M9QXD", method: "AC", location: 3),
                ExportRow(
                    provider: .yookassa, kind: .payment, providerID: "2c1f0d80-000f-5000-9000-0b1c2d3e4f50",
                    gross: 10_000, net: nil, currency: "RUB", occurredAt: FixtureSupport.moscow(2026, 7, 12, 17, 46),
                    reference: "Заказ GW-4HJ8NPQR", method: "PC", location: 4),
            ])
    }

    @Test("A row in another currency is delivered with its currency; руб. is RUB")
    func foreignCurrency() throws {
        let (rows, summary) = try FixtureSupport.read("payments-foreign-currency.csv")
        #expect(rows.map(\.currency) == ["RUB", "USD"])
        #expect(rows.map(\.gross) == [150_000, 2500])
        #expect(summary.totals.gross == 152_500)
    }

    @Test("A file of one header line and rows, without title or footer, is a registry")
    func bareHeader() throws {
        let text =
            "Payment ID;Payment amount;Currency;Payment time;Description\np-1;1 234,50;RUB;12.07.2026 10:00;GW7K3M9QXD"
        let url = try FixtureSupport.temporaryFile(Array(text.utf8))
        defer { try? FileManager.default.removeItem(at: url.deletingLastPathComponent()) }
        var rows: [ExportRow] = []
        let summary = try ExportReader.read(url) { rows.append($0) }
        #expect(summary.statedDay == nil)
        #expect(rows.map(\.gross) == [123_450])
        #expect(rows.map(\.location) == [2])
    }

    @Test("A chunk whose only non-ASCII byte is a cut-off character leaves the encoding to the next chunk")
    func snifferWaitsForWholeCharacters() {
        var utf8 = TextEncodingSniffer()
        _ = utf8.inspect(Array("abc".utf8) + [0xD0])
        _ = utf8.inspect([0x9F] + Array("ривет".utf8))
        #expect(utf8.encoding == .utf8)
        var windows1251 = TextEncodingSniffer()
        _ = windows1251.inspect(Array("abc".utf8) + [0xD0])
        #expect(windows1251.encoding == .utf8)
        _ = windows1251.inspect([0xC5, 0xC5, 0xD1])
        #expect(windows1251.encoding == .windows1251)
    }

    @Test("The row closure's own error stops the read and comes back unchanged")
    func closureErrorPropagates() throws {
        struct Stop: Error {}
        var seen = 0
        #expect(throws: Stop.self) {
            _ = try ExportReader.read(try FixtureSupport.url("payments-ru-utf8.csv")) { _ in
                seen += 1
                if seen == 2 { throw Stop() }
            }
        }
        #expect(seen == 2)
    }
}

@Suite("Streaming a large registry")
struct LargeRegistryTests {
    /// A registry of `count` generated rows with a correct footer, Windows-1251 when asked.
    private func registry(rows count: Int, windows1251: Bool) -> [UInt8] {
        var text = "РЕЕСТР ПЛАТЕЖЕЙ ПО ДОГОВОРУ 1 (2)\r\nДата платежей: 2026-07-12\r\n"
        text += "Идентификатор платежа;Сумма платежа;Валюта платежа;Время платежа;Описание\r\n"
        var total: Int64 = 0
        for index in 0..<count {
            let kopecks = Int64(index % 9973 * 37 + 100)
            total += kopecks
            let amount = Kopecks.text(kopecks)
            let description = index % 10 == 0 ? "\"Заказ; «\(index)»\r\nвторая строка\"" : "Заказ №\(index)"
            text += "p-\(index);\(amount);RUB;12.07.2026 \(10 + index % 10):00:00;\(description)\r\n"
        }
        text += "\r\nСумма принятых платежей: \(Kopecks.text(total)) RUB\r\nЧисло платежей: \(count)\r\n"
        guard windows1251 else { return Array(text.utf8) }
        return text.unicodeScalars.map { scalar in
            if scalar.value < 0x80 { return UInt8(scalar.value) }
            if let index = Windows1251.upperHalf.firstIndex(of: UInt16(scalar.value)) { return UInt8(0x80 + index) }
            return UInt8(ascii: "?")
        }
    }

    @Test("Thousands of rows across many chunk boundaries add up to the footer", arguments: [false, true])
    func manyRows(windows1251: Bool) throws {
        let bytes = registry(rows: 5000, windows1251: windows1251)
        let url = try FixtureSupport.temporaryFile(bytes)
        defer { try? FileManager.default.removeItem(at: url.deletingLastPathComponent()) }
        for chunkSize in [1 << 20, 4093, 61] {
            var count = 0
            var lastLine = 0
            var multiLine = ""
            let summary = try ExportReader.read(url, chunkSize: chunkSize) { row in
                count += 1
                #expect(row.location > lastLine)
                lastLine = row.location
                if row.providerID == "p-10" { multiLine = row.reference }
            }
            #expect(count == 5000)
            #expect(summary.footerCount == 5000)
            #expect(summary.totals.gross == summary.footerTotal)
            #expect(summary.encoding == (windows1251 ? .windows1251 : .utf8))
            #expect(multiLine == "Заказ; «10»\r\nвторая строка")
            // Every tenth row takes two lines: 3 preamble lines, then 5 500 row lines; the last row has one.
            #expect(lastLine == 3 + 5500)
        }
    }
}
