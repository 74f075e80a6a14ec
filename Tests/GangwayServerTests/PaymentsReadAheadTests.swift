import Foundation
import GangwayCore
import Testing

@testable import GangwayStore

/// The judged days' payments read ahead on another connection while exports load: a snapshot
/// that the run completes with what was recorded since, and that is ignored when it holds a day
/// the run does not judge.
struct PaymentsReadAheadTests {
    typealias Fixture = ReconciliationStoreTests
    static let judged = ReconcileDay(provider: "yookassa", day: Fixture.day)

    static func pay(_ database: AppDatabase, _ code: String, _ amount: Money, id: String, at time: String) throws {
        _ = try database.recordPayment(
            IncomingPayment(
                provider: .yookassa, providerID: id, reference: code, gross: amount, net: nil, currency: "RUB",
                occurredAt: time, accepted: true), at: Fixture.now)
    }

    @Test func paymentsRecordedAfterTheReadAheadAreMatchedAndJudgedToo() throws {
        let database = try CheckoutFixture.database()
        let (shown, total) = try Fixture.hold(database, seat: ("1", "1"))
        try Fixture.pay(database, shown, total, id: "p-shown")
        let (absent, _) = try Fixture.hold(database, seat: ("1", "2"))
        try Fixture.pay(database, absent, total, id: "p-absent")

        let ahead = PaymentsReadAhead()
        try database.readPayments(on: [Self.judged], into: ahead)
        #expect(ahead.days == [Self.judged] && ahead.count == 2)
        // Reading the same day again reads nothing more.
        try database.readPayments(on: [Self.judged], into: ahead)
        #expect(ahead.count == 2)

        // Recorded after the snapshot, before the run: one the export shows, one it does not.
        let (later, _) = try Fixture.hold(database, seat: ("1", "3"))
        try Fixture.pay(database, later, total, id: "p-later")
        let (laterAbsent, laterTotal) = try Fixture.hold(database, seat: ("2", "1"))
        try Fixture.pay(database, laterAbsent, laterTotal, id: "p-later-absent")
        _ = try Fixture.load(
            database,
            [
                Fixture.row("p-shown", gross: total.kopecks, reference: shown),
                Fixture.row("p-later", gross: total.kopecks, reference: later),
            ])
        let actions = try database.reconcile(policy: ReconcilePolicy(), at: Fixture.now, ahead: ahead)
        #expect(actions.added[.matched] == 2)
        let found = try Fixture.outcomes(database)
        #expect(found["p-absent"] == .missingFromExport)
        #expect(found["p-later-absent"] == .missingFromExport)
        #expect(found["p-later"] == nil && found["p-shown"] == nil)
    }

    @Test func aReadAheadHoldingADayNoExportCoversIsNotUsed() throws {
        let database = try CheckoutFixture.database()
        let (code, total) = try Fixture.hold(database, seat: ("1", "1"))
        try Fixture.pay(database, code, total, id: "p-judged")
        // Paid the day before (Moscow), a day no export covers: never "missing from export".
        let (before, _) = try Fixture.hold(database, seat: ("1", "2"))
        try Self.pay(database, before, total, id: "p-day-before", at: "2027-06-13T12:00:00Z")

        let ahead = PaymentsReadAhead()
        try database.readPayments(
            on: [Self.judged, ReconcileDay(provider: "yookassa", day: "2027-06-13")], into: ahead)
        #expect(ahead.count == 2)
        _ = try Fixture.load(database, [Fixture.row("p-judged", gross: total.kopecks, reference: code)])
        let actions = try database.reconcile(policy: ReconcilePolicy(), at: Fixture.now, ahead: ahead)
        #expect(actions.added[.matched] == 1)
        #expect(actions.added[.missingFromExport] == nil)
        #expect(try Fixture.outcomes(database)["p-day-before"] == nil)
    }

    @Test func aJudgedDayNotReadAheadIsReadByTheRun() throws {
        let database = try CheckoutFixture.database()
        let (code, total) = try Fixture.hold(database, seat: ("1", "1"))
        try Fixture.pay(database, code, total, id: "p-judged")
        let (absent, _) = try Fixture.hold(database, seat: ("1", "2"))
        try Fixture.pay(database, absent, total, id: "p-absent")
        let (other, _) = try Fixture.hold(database, seat: ("1", "3"))
        try Self.pay(database, other, total, id: "p-other-day", at: "2027-06-13T12:00:00Z")
        // Read ahead: the day before only; the run also judges 2027-06-14, which it reads itself.
        let ahead = PaymentsReadAhead()
        try database.readPayments(on: [ReconcileDay(provider: "yookassa", day: "2027-06-13")], into: ahead)
        _ = try database.loadExport(name: "two-days.csv", at: Fixture.now) { sink in
            try sink.add(Fixture.row("p-judged", gross: total.kopecks, reference: code))
            return ExportFileRecord(
                sha256: "two-days", name: "two-days.csv", provider: "yookassa", kind: "yookassa-payment",
                format: "csv", footerTotal: nil, footerCount: nil, coveredKind: "payment",
                coveredDays: ["2027-06-13", Fixture.day])
        }
        let actions = try database.reconcile(policy: ReconcilePolicy(), at: Fixture.now, ahead: ahead)
        #expect(actions.added[.matched] == 1)
        let report = try database.reconciliationReport(days: [
            ReconcileDay(provider: "yookassa", day: "2027-06-13"), Self.judged,
        ])
        let missing = Set(report.findings.filter { $0.outcome == .missingFromExport }.compactMap(\.providerID))
        #expect(missing == ["p-absent", "p-other-day"])
    }
}
