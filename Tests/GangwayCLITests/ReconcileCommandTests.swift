import Foundation
import GangwayCore
import GangwayReconcile
import GangwayStore
import Testing

@testable import GangwayCLI

/// `gangway reconcile` end to end: a ЮKassa registry dropped into the inbox beside operator
/// files, read, matched against a paid order, reported, archived; the same file again; a
/// truncated one; decisions recorded.
struct ReconcileCommandTests {
    /// A payment registry of 2026-11-25 with the order's payment and one payment for no order.
    static func registry(id: String, total: Money, footerCount: Int = 2) -> String {
        let stranger = Money(kopecks: 99_900)
        return """
            РЕЕСТР ПЛАТЕЖЕЙ ПО ДОГОВОРУ 123456/26 (654321)
            Дата платежей: 2026-11-25
            Идентификатор платежа;Сумма платежа;Валюта платежа;Сумма за вычетом комиссии и НДС;Сумма комиссии без НДС;Время платежа;Описание;Тип платежа;НДС с комиссии
            \(id);\(total.decimalString);RUB;\(Money(kopecks: total.kopecks - 4_000).decimalString);32.79;25.11.2026 12:00:01;Заказ;AC;7.21
            2c1f0d80-000f-5000-9000-0b1c2d3e4f50;\(stranger.decimalString);RUB;960.00;31.15;25.11.2026 13:10:00;Оплата экскурсии;CP;7.85

            Сумма принятых платежей: \(Money(kopecks: total.kopecks + stranger.kopecks).decimalString) RUB
            Число платежей: \(footerCount)

            """
    }

    @Test func aRegistryInTheInboxIsReconciledReportedAndArchivedAndImportLeavesIt() async throws {
        let cli = try CLIHarness()
        let order = try await OrderCommandTests.paidOrder(cli, provider: .yookassa)
        try cli.drop("выгрузка.csv", Self.registry(id: "op-cli", total: order.total))
        // The import runs first (as cron does): it leaves the payment export alone.
        #expect(try await cli.run("import").exitCode == 0)
        #expect(cli.files(in: "inbox").contains("выгрузка.csv"))

        let run = try await cli.run("reconcile", "--json")
        #expect(run.exitCode == 0, "\(run.stderr)")
        let summary = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        #expect((summary["added"] as? [String: Int])?["matched"] == 1)
        #expect((summary["added"] as? [String: Int])?["no_order"] == 1)
        #expect(summary["discrepancies"] as? Int == 1)
        #expect(cli.files(in: "inbox/processed/2026-11-25").contains("выгрузка.csv"))
        #expect(!cli.files(in: "inbox").contains("выгрузка.csv"))
        let html = try String(
            contentsOf: cli.folder.appendingPathComponent("outbox/reconciliation/2026-11-25.html"), encoding: .utf8)
        #expect(html.contains("Платёж без заказа"))
        #expect(html.contains("\(Money(kopecks: order.total.kopecks + 99_900).decimalString) / 2"))
        #expect(html.contains("✓"))
        let csv = try String(
            contentsOf: cli.folder.appendingPathComponent("outbox/reconciliation/2026-11-25.csv"), encoding: .utf8)
        let bytes = try Data(contentsOf: cli.folder.appendingPathComponent("outbox/reconciliation/2026-11-25.csv"))
        #expect(bytes.starts(with: [0xEF, 0xBB, 0xBF]))
        #expect(csv.contains("section;provider;day;outcome"))
        #expect(csv.contains("finding;yookassa;2026-11-25;no_order;"))

        // The same file dropped again: a duplicate, nothing new, the same report.
        try cli.drop("выгрузка-копия.csv", Self.registry(id: "op-cli", total: order.total))
        let again = try await cli.run("reconcile", "--json")
        #expect(again.exitCode == 0)
        #expect(again.stdout.contains(#""outcome":"duplicate""#))
        #expect(again.stdout.contains(#""added":{}"#))
        let rerun = try String(
            contentsOf: cli.folder.appendingPathComponent("outbox/reconciliation/2026-11-25.html"), encoding: .utf8)
        #expect(rerun == html)

        let strict = try await cli.run("reconcile", "--fail-on-discrepancy", "--json")
        #expect(strict.exitCode == 0)  // nothing read: no report, nothing to fail on
        let named = try await cli.run(
            "reconcile", "--fail-on-discrepancy",
            cli.folder.appendingPathComponent("inbox/processed/2026-11-25/выгрузка.csv").path)
        #expect(named.exitCode == 65)
        #expect(named.stdout.contains("1 discrepancies, 1 unresolved"))
    }

    @Test func aTruncatedRegistryIsRejectedWithItsErrorsAndChangesNothing() async throws {
        let cli = try CLIHarness()
        let order = try await OrderCommandTests.paidOrder(cli, provider: .yookassa)
        try cli.drop("cut.csv", Self.registry(id: "op-cli", total: order.total, footerCount: 3))
        let run = try await cli.run("reconcile")
        #expect(run.exitCode == 65)
        #expect(run.stderr.contains("cut.csv: rejected"))
        #expect(cli.files(in: "inbox/rejected") == ["cut.csv", "cut.csv.errors.txt"])
        let errors = try String(
            contentsOf: cli.folder.appendingPathComponent("inbox/rejected/cut.csv.errors.txt"), encoding: .utf8)
        #expect(errors.contains("truncated or edited"))
        #expect(
            !FileManager.default.fileExists(atPath: cli.folder.appendingPathComponent("outbox/reconciliation").path))
    }

    /// A registry of `rows` payments of 100.00 for no order; `bad`: the row whose amount is garbled.
    static func longRegistry(rows: Int, bad: Int? = nil) -> String {
        var text = """
            РЕЕСТР ПЛАТЕЖЕЙ ПО ДОГОВОРУ 123456/26 (654321)
            Дата платежей: 2026-11-25
            Идентификатор платежа;Сумма платежа;Валюта платежа;Сумма за вычетом комиссии и НДС;Сумма комиссии без НДС;Время платежа;Описание;Тип платежа;НДС с комиссии

            """
        for index in 0..<rows {
            let amount = index == bad ? "10O.00" : "100.00"
            let id = String(format: "2c1f0d80-000f-5000-9000-%012d", index)
            text += "\(id);\(amount);RUB;96.00;3.28;25.11.2026 12:00:01;Оплата экскурсии;AC;0.72\n"
        }
        text += "\nСумма принятых платежей: \(Money(kopecks: Int64(rows) * 10_000).decimalString) RUB\n"
        text += "Число платежей: \(rows)\n"
        return text
    }

    /// The file is parsed on a second thread while the rows are inserted: an error after thousands
    /// of rows were inserted still rejects the file and keeps none of them.
    @Test func aBadValueDeepInALongRegistryRejectsItAndKeepsNoRow() async throws {
        let cli = try CLIHarness()
        _ = try await OrderCommandTests.paidOrder(cli, provider: .yookassa)
        let bad = cli.folder.appendingPathComponent("bad.csv")
        try Data(Self.longRegistry(rows: 9_000, bad: 8_500).utf8).write(to: bad)
        let rejected = try await cli.run("reconcile", "--json", bad.path)
        #expect(rejected.exitCode == 65)
        #expect(rejected.stdout.contains(#""outcome":"rejected""#))
        let database = try AppDatabase.open(at: cli.database)
        #expect(try database.exportFile(sha256: ReconcileJob.sha256(of: bad)) == nil)
        #expect(
            !FileManager.default.fileExists(atPath: cli.folder.appendingPathComponent("outbox/reconciliation").path))

        // The good file's rows are all new: none of the rejected file's rows was kept.
        let good = cli.folder.appendingPathComponent("good.csv")
        try Data(Self.longRegistry(rows: 9_000).utf8).write(to: good)
        let read = try await cli.run("reconcile", "--json", good.path)
        #expect(read.exitCode == 0)
        #expect(read.stdout.contains(#""new_rows":9000"#))
        #expect(read.stdout.contains(#""no_order":9000"#))
        // Read once: the hash the duplicate check took is the one stored.
        #expect(try database.exportFile(sha256: ReconcileJob.sha256(of: good)) != nil)
        let again = try await cli.run("reconcile", "--json", good.path)
        #expect(again.stdout.contains(#""outcome":"duplicate""#))
    }

    /// A file that grows or is rewritten after its hash was taken is told apart from what was hashed.
    @Test func aFileStampChangesWithTheFile() throws {
        let cli = try CLIHarness()
        let file = cli.folder.appendingPathComponent("growing.csv")
        try Data(Self.longRegistry(rows: 3).utf8).write(to: file)
        let before = try FileStamp(of: file)
        #expect(try FileStamp(of: file) == before)
        try Data(Self.longRegistry(rows: 4).utf8).write(to: file)
        #expect(try FileStamp(of: file) != before)
    }

    @Test func decisionsAreRecordedAndShownInTheReport() async throws {
        let cli = try CLIHarness()
        let order = try await OrderCommandTests.paidOrder(cli, provider: .yookassa)
        let file = cli.folder.appendingPathComponent("registry.csv")
        try Data(Self.registry(id: "op-cli", total: order.total).utf8).write(to: file)
        #expect(try await cli.run("reconcile", file.path).exitCode == 0)
        let database = try AppDatabase.open(at: cli.database)
        let finding = try #require(
            try database.reconciliationReport(days: [ReconcileDay(provider: "yookassa", day: "2026-11-25")]).findings
                .first)
        let resolved = try await cli.run(
            "reconcile", "resolve", "\(finding.id)", "--decision", "refunded to the payer", "--operator", "olga")
        #expect(resolved.exitCode == 0)
        #expect(try await cli.run("reconcile", "resolve", "999", "--decision", "x").exitCode == 65)
        #expect(try await cli.run("reconcile", "resolve", "\(finding.id)", "--decision", " ").exitCode == 64)
        #expect(try await cli.run("reconcile", file.path).exitCode == 0)
        let html = try String(
            contentsOf: cli.folder.appendingPathComponent("outbox/reconciliation/2026-11-25.html"), encoding: .utf8)
        #expect(html.contains("refunded to the payer — olga"))
        let strict = try await cli.run("reconcile", "--fail-on-discrepancy", file.path)
        #expect(strict.exitCode == 0)  // the one discrepancy is resolved
        let missing = try await cli.run("reconcile", "/nonexistent/registry.csv")
        #expect(missing.exitCode == 64)
    }

    @Test func aWalletHistoryCoversItsSpanOrTheDaysGiven() async throws {
        let cli = try CLIHarness()
        let order = try await OrderCommandTests.paidOrder(cli)  // ЮMoney operation op-cli, 2026-11-25
        let history = cli.folder.appendingPathComponent("history.json")
        let operation =
            #"{"operation_id":"op-other","status":"success","datetime":"2026-11-25T10:00:00Z","title":"Перевод","#
            + #""direction":"in","amount":700.00,"label":"подарок","type":"deposition"}"#
        try Data((#"{"operations":["# + operation + "]}").utf8).write(to: history)
        let elsewhere = try await cli.run(
            "reconcile", "--json", "--from", "2026-11-20", "--to", "2026-11-21", history.path)
        #expect(elsewhere.exitCode == 0)
        #expect(!elsewhere.stdout.contains("missing_from_export"))
        #expect(elsewhere.stdout.contains(#""days":["yoomoney 2026-11-20","yoomoney 2026-11-21"]"#))
        let bad = try await cli.run("reconcile", "--from", "2026-11-22", "--to", "2026-11-21", history.path)
        #expect(bad.exitCode == 64)

        // The same history judged over its own span: op-cli was recorded that day and is absent.
        let copy = cli.folder.appendingPathComponent("history-2.json")
        try (try Data(contentsOf: history) + Data(" ".utf8)).write(to: copy)
        let own = try await cli.run("reconcile", "--json", copy.path)
        #expect(own.exitCode == 0)
        #expect(own.stdout.contains(#""missing_from_export":1"#))
        #expect(order.status == .paid)
    }

    @Test func aZeroOrOInACodeIsReadBothWays() throws {
        let row = ExportRow(
            provider: .yookassa, kind: .payment, providerID: "p", gross: 100, net: nil, currency: "RUB",
            occurredAt: Date(timeIntervalSince1970: 1_795_597_200), reference: "Заказ GW-7K3M90XD", location: 4)
        var days = MoscowDays()
        let record = ReconcileJob.record(row, days: &days)
        #expect(record.orderRef == "GW-7K3M9QXD")
        #expect(record.orderRefAlternatives == ["GW-7K3M9DXD"])
        #expect(record.day == "2026-11-25")
        let plain = ReconcileJob.record(
            ExportRow(
                provider: .yookassa, kind: .payment, providerID: "q", gross: 100, net: nil, currency: "RUB",
                occurredAt: Date(timeIntervalSince1970: 1_795_597_200), reference: "Заказ GW-7K3M9QXD", location: 5),
            days: &days)
        #expect(plain.orderRef == "GW-7K3M9QXD" && plain.orderRefAlternatives.isEmpty)
    }

    @Test func onlyAZeroOrAnOLatinOrCyrillicAsksForASecondReading() {
        for reference in ["GW-7K3M90XD", "gw-7k3mo9xd", "GW-7K3MОQXD", "оплата заказа gw 7k3m9qxd", "O"] {
            #expect(ReconcileJob.mayReadBothWays(reference), "\(reference)")
        }
        // Ž (C5 BD), ž (C5 BE), Ğ (C4 9E): the Cyrillic О's and о's second bytes after another first.
        for reference in ["Заказ GW-7K3M9QXD", "", "Žž Ğ GW-7K3M9QXD", "Заказ №17"] {
            #expect(!ReconcileJob.mayReadBothWays(reference), "\(reference)")
        }
    }
}
