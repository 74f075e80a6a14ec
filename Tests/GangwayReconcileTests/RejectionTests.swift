import Foundation
import Testing

@testable import GangwayReconcile

@Suite("Files that are refused, and what the operator is told")
struct RejectionTests {
    @Test("A truncated registry (rows missing against the footer's count) is refused with both figures")
    func truncated() throws {
        let error = try FixtureSupport.error("payments-truncated.csv")
        #expect(error == .footerCountMismatch(stated: 3, computed: 2, footer: .line(8)))
        #expect(error?.description == "truncated or edited: the footer on line 8 states 3 rows, the file has 2")
    }

    @Test("An edited registry (an amount changed) is refused with both totals")
    func edited() throws {
        let error = try FixtureSupport.error("payments-edited-amount.csv")
        #expect(error == .footerTotalMismatch(stated: 405_050, computed: 396_050, footer: .line(8)))
        #expect(
            error?.description
                == "truncated or edited: the footer on line 8 states a total of 4050.50, the rows add up to 3960.50")
    }

    @Test("A footer with only a count is still checked")
    func countOnlyFooter() throws {
        let text =
            "РЕЕСТР ПЛАТЕЖЕЙ\nИдентификатор платежа;Сумма платежа;Валюта платежа;Время платежа\n"
            + "p-1;10.00;RUB;12.07.2026 10:00:00\n\nЧисло платежей: 2\n"
        let url = try FixtureSupport.temporaryFile(Array(text.utf8))
        defer { try? FileManager.default.removeItem(at: url.deletingLastPathComponent()) }
        #expect(throws: ExportError.footerCountMismatch(stated: 2, computed: 1, footer: .line(5))) {
            _ = try ExportReader.read(url) { _ in }
        }
    }

    @Test("A footer with only a total is still checked")
    func totalOnlyFooter() throws {
        let text =
            "Идентификатор платежа;Сумма платежа;Валюта платежа;Время платежа\n"
            + "p-1;10.00;RUB;12.07.2026 10:00:00\nСумма принятых платежей: 10.01 RUB\n"
        let url = try FixtureSupport.temporaryFile(Array(text.utf8))
        defer { try? FileManager.default.removeItem(at: url.deletingLastPathComponent()) }
        #expect(throws: ExportError.footerTotalMismatch(stated: 1001, computed: 1000, footer: .line(3))) {
            _ = try ExportReader.read(url) { _ in }
        }
    }

    @Test("A header without a required column names the column")
    func missingColumn() throws {
        let error = try FixtureSupport.error("payments-missing-amount-column.csv")
        #expect(error == .missingColumn(name: "Сумма платежа", header: .line(3)))
        #expect(error?.description == "the header on line 3 has no column «Сумма платежа», which every row needs")
    }

    @Test("A bad amount names its line and column")
    func badAmount() throws {
        let error = try FixtureSupport.error("payments-bad-amount.csv")
        #expect(error == .badAmount(.line(5), column: "Сумма платежа", value: "1O0.00"))
        #expect(
            error?.description
                == "line 5, «Сумма платежа»: “1O0.00” is not an amount in roubles with at most two decimals")
    }

    @Test("A date that does not exist names its line and column")
    func badDate() throws {
        let error = try FixtureSupport.error("payments-bad-date.csv")
        #expect(error == .badDate(.line(5), column: "Время платежа", value: "31.06.2026 17:46:58"))
    }

    @Test("A bad currency names its line and column")
    func badCurrency() throws {
        let text =
            "Идентификатор платежа;Сумма платежа;Валюта платежа;Время платежа\np-1;10.00;рубли РФ;12.07.2026 10:00\n"
        let url = try FixtureSupport.temporaryFile(Array(text.utf8))
        defer { try? FileManager.default.removeItem(at: url.deletingLastPathComponent()) }
        #expect(throws: ExportError.badCurrency(.line(2), column: "Валюта платежа", value: "рубли РФ")) {
            _ = try ExportReader.read(url) { _ in }
        }
    }

    @Test("A row after the footer is refused")
    func rowAfterFooter() throws {
        let text =
            "Идентификатор платежа;Сумма платежа;Валюта платежа;Время платежа\np-1;10.00;RUB;12.07.2026 10:00\n"
            + "Число платежей: 1\np-2;10.00;RUB;12.07.2026 10:00\n"
        let url = try FixtureSupport.temporaryFile(Array(text.utf8))
        defer { try? FileManager.default.removeItem(at: url.deletingLastPathComponent()) }
        #expect(throws: ExportError.rowAfterFooter(.line(4))) { _ = try ExportReader.read(url) { _ in } }
    }

    @Test("An unterminated quote is refused at the line where the field starts")
    func unterminatedQuote() throws {
        let text =
            "Идентификатор платежа;Сумма платежа;Валюта платежа;Время платежа\np-1;10.00;RUB;12.07.2026 10:00\n"
            + "p-2;\"10.00;RUB;12.07.2026 10:00\n"
        let url = try FixtureSupport.temporaryFile(Array(text.utf8))
        defer { try? FileManager.default.removeItem(at: url.deletingLastPathComponent()) }
        #expect(throws: ExportError.unterminatedQuote(.line(3))) { _ = try ExportReader.read(url) { _ in } }
    }

    @Test("A registry judged UTF-8 by its first chunk, with Windows-1251 bytes in a later one, is refused there")
    func mixedEncoding() throws {
        var bytes = Array("Идентификатор платежа;Сумма платежа;Валюта платежа;Время платежа;Описание\n".utf8)
        bytes += Array("p-1;10.00;RUB;12.07.2026 10:00;".utf8) + [0xC7, 0xE0, 0xEA, 0xE0, 0xE7, 0x0A]
        let url = try FixtureSupport.temporaryFile(bytes)
        defer { try? FileManager.default.removeItem(at: url.deletingLastPathComponent()) }
        // With 64-byte chunks the header alone decides UTF-8; the Windows-1251 word comes later.
        #expect(throws: ExportError.invalidText(.line(2))) {
            _ = try ExportReader.read(url, chunkSize: 64) { _ in }
        }
    }

    @Test(
        "Files that are not exports are refused as unrecognised",
        arguments: ["not-a-registry.csv", "history-error-response.json"])
    func unrecognised(name: String) throws {
        let error = try FixtureSupport.error(name)
        guard case .unrecognisedContent = error else {
            Issue.record("expected unrecognisedContent, got \(String(describing: error))")
            return
        }
    }

    @Test("Empty and whitespace-only files are refused as empty", arguments: ["empty.csv", "whitespace-only.csv"])
    func empty(name: String) throws {
        #expect(try FixtureSupport.error(name) == .emptyFile)
        #expect(ExportError.emptyFile.description == "the file is empty")
    }

    @Test("A missing file is refused with a one-line reason")
    func missingFile() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("no-such-\(UUID().uuidString).csv")
        do {
            _ = try ExportReader.read(url) { _ in }
            Issue.record("expected an error")
        } catch let error as ExportError {
            guard case .cannotRead = error else {
                Issue.record("expected cannotRead, got \(error)")
                return
            }
            #expect(!error.description.contains("\n"))
        }
    }

    @Test("Every error reads as one line")
    func oneLineDescriptions() {
        let errors: [ExportError] = [
            .emptyFile, .cannotRead(reason: "x"), .unrecognisedContent(detail: "x"),
            .missingColumn(name: "x", header: .row(2)), .missingValue(.operation(3), column: "amount"),
            .badAmount(.line(1), column: "x", value: "y"), .badNumber(.line(1), column: "x", value: "y"),
            .badDate(.line(1), column: "x", value: "y"), .badCurrency(.line(1), column: "x", value: "y"),
            .footerTotalMismatch(stated: 1, computed: 2, footer: .line(1)),
            .footerCountMismatch(stated: 1, computed: 2, footer: .line(1)), .rowAfterFooter(.line(1)),
            .unterminatedQuote(.line(1)), .invalidText(.line(1)), .recordTooLong(.line(1), limit: 16 << 20),
            .brokenXLSX(reason: "x"), .malformedJSON(reason: "x", line: 1),
        ]
        for error in errors {
            #expect(!error.description.isEmpty)
            #expect(!error.description.contains("\n"))
        }
        #expect(
            ExportError.missingValue(.operation(3), column: "amount").description == "operation 3: «amount» is empty")
    }
}
