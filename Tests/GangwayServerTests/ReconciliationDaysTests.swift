import Foundation
import GangwayCore
import GangwayStore
import Testing

/// Reconciliation across days and files: the totals kept as rows are read, payments matched by
/// id whatever day they were recorded on, and "missing from export" for the days a new file
/// covers (judged in memory) and for days read before (judged again in SQL).
struct ReconciliationDaysTests {
    typealias Store = ReconciliationStoreTests
    static let now = CheckoutFixture.now

    static func pay(_ database: AppDatabase, _ code: String, _ amount: Money, id: String, at time: String) throws {
        _ = try database.recordPayment(
            IncomingPayment(
                provider: .yookassa, providerID: id, reference: code, gross: amount, net: nil, currency: "RUB",
                occurredAt: time, accepted: true), at: now)
    }

    static func load(_ database: AppDatabase, _ rows: [ExportRecord], day: String, name: String) throws {
        let outcome = try database.loadExport(name: name, at: now) { sink in
            for row in rows { try sink.add(row) }
            return ExportFileRecord(
                sha256: UUID().uuidString, name: name, provider: "yookassa", kind: "yookassa-payment", format: "csv",
                footerTotal: nil, footerCount: nil, coveredKind: "payment", coveredDays: [day])
        }
        guard case .loaded = outcome else { throw Store.FixtureFailure.duplicate }
    }

    static func row(_ id: String, gross: Int64?, reference: String, day: String) -> ExportRecord {
        var row = Store.row(id, gross: gross, reference: reference)
        row.day = day
        return row
    }

    static func findings(_ database: AppDatabase, day: String) throws -> [String: ReconcileOutcome] {
        let report = try database.reconciliationReport(days: [ReconcileDay(provider: "yookassa", day: day)])
        return Dictionary(report.findings.map { ($0.providerID ?? "", $0.outcome) }, uniquingKeysWith: { $1 })
    }

    @Test func aPaymentRecordedTheEveningBeforeIsMatchedByItsId() throws {
        let database = try CheckoutFixture.database()
        let (code, total) = try Store.hold(database)
        // 23:30 Moscow on the 13th; the registry of the 14th shows it.
        try Self.pay(database, code, total, id: "p-evening", at: "2027-06-13T20:30:00Z")
        try Self.load(
            database, [Self.row("p-evening", gross: total.kopecks, reference: code, day: Store.day)], day: Store.day,
            name: "r14.csv")
        let actions = try database.reconcile(policy: ReconcilePolicy(), at: Self.now)
        #expect(actions.added == [.matched: 1])
        #expect(try Self.findings(database, day: Store.day).isEmpty)
    }

    @Test func missingPaymentsAreJudgedForNewDaysAndAgainForDaysReadBefore() throws {
        let database = try CheckoutFixture.database()
        let (shown, total) = try Store.hold(database, seat: ("1", "1"))
        try Self.pay(database, shown, total, id: "p-shown", at: "2027-06-14T06:00:00Z")
        try Self.load(
            database, [Self.row("p-shown", gross: total.kopecks, reference: shown, day: "2027-06-14")],
            day: "2027-06-14", name: "r14.csv")
        #expect(try database.reconcile(policy: ReconcilePolicy(), at: Self.now).added == [.matched: 1])

        // Recorded after the 14th was read: a late notification for the 14th, and one for the 15th.
        let (late, _) = try Store.hold(database, seat: ("1", "2"))
        try Self.pay(database, late, total, id: "p-late", at: "2027-06-14T07:00:00Z")
        let (absent, _) = try Store.hold(database, seat: ("1", "3"))
        try Self.pay(database, absent, total, id: "p-absent", at: "2027-06-15T07:00:00Z")
        // A second registry of the 14th would show p-shown again; one of the 15th shows a stranger.
        try Self.load(
            database, [Self.row("p-stranger", gross: 100, reference: "?", day: "2027-06-15")], day: "2027-06-15",
            name: "r15.csv")
        let actions = try database.reconcile(policy: ReconcilePolicy(), at: Self.now + 1)
        #expect(actions.added == [.noOrder: 1, .missingFromExport: 2])
        #expect(try Self.findings(database, day: "2027-06-14") == ["p-late": .missingFromExport])
        #expect(
            try Self.findings(database, day: "2027-06-15") == ["p-absent": .missingFromExport, "p-stranger": .noOrder])

        // Another registry of the 14th without p-shown: shown by the first, so not missing.
        try Self.load(
            database, [Self.row("p-late", gross: total.kopecks, reference: late, day: "2027-06-14")],
            day: "2027-06-14", name: "r14-again.csv")
        let third = try database.reconcile(policy: ReconcilePolicy(), at: Self.now + 2)
        #expect(third.added == [.matched: 1])
        #expect(try Self.findings(database, day: "2027-06-14").isEmpty)  // p-late shown after all
        let report = try database.reconciliationReport(days: [ReconcileDay(provider: "yookassa", day: "2027-06-14")])
        #expect(report.matched == 2 && report.days.first?.payments == 2)
        #expect(report.days.first?.gross == 2 * total.kopecks)
    }

    @Test func theDayTotalsAreKeptOncePerRowAsFilesAreRead() throws {
        let database = try CheckoutFixture.database()
        var refused = Store.row("op-refused", gross: nil, net: 700, provider: "yoomoney", status: "refused")
        refused.commission = 7
        let wallet = [Store.row("op-1", gross: nil, net: 9_500, provider: "yoomoney"), refused]
        _ = try Store.load(database, wallet, name: "history.json", provider: "yoomoney")
        // The same history saved twice, with one more operation: only that one is added.
        _ = try Store.load(
            database, wallet + [Store.row("op-2", gross: nil, net: 500, provider: "yoomoney")],
            name: "history-2.json", provider: "yoomoney")
        _ = try Store.load(
            database,
            [
                Store.row("p-1", gross: 10_000), Store.row("r-1", gross: 2_500, kind: "refund", paymentID: "p-1"),
            ], name: "mixed.csv")
        let report = try database.reconciliationReport(days: [
            ReconcileDay(provider: "yookassa", day: Store.day), ReconcileDay(provider: "yoomoney", day: Store.day),
        ])
        let kassa = try #require(report.days.first { $0.provider == "yookassa" })
        #expect(kassa.payments == 1 && kassa.gross == 10_000 && kassa.commission == 300 && kassa.net == 0)
        #expect(kassa.refunds == 1 && kassa.refunded == 2_500)
        let money = try #require(report.days.first { $0.provider == "yoomoney" })
        // op-refused moved no money: not counted, but its commission is.
        #expect(money.payments == 2 && money.gross == 10_000 && money.net == 10_000 && money.commission == 7)
        #expect(money.refunds == 0 && report.matched == 0)
        _ = try database.reconcile(policy: ReconcilePolicy(), at: Self.now)
        let after = try database.reconciliationReport(days: [ReconcileDay(provider: "yoomoney", day: Store.day)])
        #expect(after.matched == 1)  // op-refused: not credited, counted not listed
        #expect(after.days == report.days.filter { $0.provider == "yoomoney" })
    }
}
