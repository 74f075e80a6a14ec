import Foundation
import GangwayCore
import Testing

@testable import GangwayReconcile

@Suite("Amounts, currencies and registry times")
struct ValueParsingTests {
    private func kopecks(_ text: String, _ reading: Kopecks.Reading = .written) -> Int64? {
        var text = text
        return text.withUTF8 { Kopecks.parse($0, reading: reading) }
    }

    @Test(
        "Registry amounts convert to kopecks exactly",
        arguments: [
            ("100.00", Int64?(10_000)), ("96.34", 9634), ("0.66", 66), ("100", 10_000), ("100.5", 10_050),
            ("1 234,56", 123_456), ("1\u{00A0}234.56", 123_456), ("1\u{202F}234.56", 123_456), (" 12.30 ", 1230),
            ("-5.00", -500), ("12345678.90", 1_234_567_890), ("0,01", 1), (".50", 50),
            ("1.234", nil), ("1O0.00", nil), ("", nil), ("12.", nil), ("1..2", nil), ("1 ,00", nil), ("1e2", nil),
            ("12 34 567.00", 123_456_700), ("RUB", nil), ("99999999999999999999", nil),
        ])
    func writtenAmounts(text: String, expected: Int64?) {
        #expect(kopecks(text) == expected)
    }

    @Test(
        "Excel numbers round half-up on the decimal text",
        arguments: [
            ("96.340000000000003", Int64?(9634)), ("1445.0999999999999", 144_510), ("49.999999999999993", 5000),
            ("0.005", 1), ("0.0049999", 0), ("9.6340000000000003E1", 9634), ("1E-2", 1), ("1E-5", 0),
            ("2450.5", 245_050),
            ("16.170000000000002", 1617), ("abc", nil),
        ])
    func excelAmounts(text: String, expected: Int64?) {
        #expect(kopecks(text, .excel) == expected)
    }

    @Test("Kopecks print as roubles with two decimals")
    func kopeckText() {
        #expect(Kopecks.text(405_050) == "4050.50")
        #expect(Kopecks.text(5) == "0.05")
        #expect(Kopecks.text(-1234) == "-12.34")
    }

    @Test(
        "Currencies normalise to ISO codes",
        arguments: [
            ("RUB", String?("RUB")), ("rur", "RUB"), ("643", "RUB"), ("руб", "RUB"), ("руб.", "RUB"), (" Руб ", "RUB"),
            ("usd", "USD"), ("EUR", "EUR"), ("840", "840"), ("", nil), ("RUBL", nil), ("$", nil),
        ])
    func currencies(text: String, expected: String?) {
        #expect(CurrencyCode.normalise(text) == expected)
    }

    @Test("Registry times are Moscow time, with or without seconds")
    func registryTimes() {
        func date(_ text: String) -> Date? {
            var text = text
            return text.withUTF8 { ExportTime.moscow($0) }
        }
        #expect(date("12.07.2026 17:46:58") == FixtureSupport.moscow(2026, 7, 12, 17, 46, 58))
        #expect(date("12.07.2026 17:46") == FixtureSupport.moscow(2026, 7, 12, 17, 46))
        #expect(date("2026-07-12 17:46:58") == FixtureSupport.moscow(2026, 7, 12, 17, 46, 58))
        #expect(date("1.7.2026 9:05") == FixtureSupport.moscow(2026, 7, 1, 9, 5))
        #expect(date("12.07.2026") == FixtureSupport.moscow(2026, 7, 12, 0, 0))
        #expect(date("12.07.2026 25:00") == nil)
        #expect(date("12/07/2026 10:00") == nil)
        #expect(date("12.07.2026 10:00 extra") == nil)
    }

    @Test("Header names compare without case, ё, extra spaces or quotes")
    func headerNames() {
        #expect(
            RegistryText.normalise("  \"Идентификатор платёжного  средства\" ") == "идентификатор платежного средства")
        #expect(RegistryText.normalise("«Сумма ПЛАТЕЖА»") == "сумма платежа")
        #expect(RegistryText.value(after: ["число платежей"], in: "Число  платежей : 3") == "3")
        #expect(RegistryText.value(after: ["число платежей"], in: "Число платежей 3") == "3")
        #expect(RegistryText.value(after: ["число платежей"], in: "Числа платежей: 3") == nil)
    }
}
