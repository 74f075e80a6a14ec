import Foundation
import GangwayCore
import GangwayStore
import Testing

/// Reconciliation in the store: export rows against recorded payments and orders, each outcome,
/// rows seen twice, and the one automatic action (confirming an order the export proves paid).
struct ReconciliationStoreTests {
    static let now = CheckoutFixture.now
    static let day = "2027-06-14"

    /// A pending order for one seat of 10:30 (1500.00 adult, 2500.00 VIP): its code and total.
    static func hold(_ database: AppDatabase, seat: (String, String) = ("1", "1"), at time: Int64 = now) throws
        -> (String, Money)
    {
        let placed = try database.placeHold(
            HoldRequest(
                sailingID: CheckoutFixture.sailing("10:30"),
                seats: [HoldRequest.Seat(section: "salon", row: seat.0, seat: seat.1, tier: "adult")], standing: [],
                contact: try ContactDetails(name: "Ivan", email: "ivan@example.ru", phone: nil), language: .ru),
            policy: CheckoutPolicy(holdSeconds: 900), now: time)
        return (placed.orderCode, placed.order.total)
    }

    static func pay(
        _ database: AppDatabase, _ code: String, _ amount: Money, id: String, provider: PaymentProviderKind = .yookassa,
        net: Money? = nil
    ) throws {
        _ = try database.recordPayment(
            IncomingPayment(
                provider: provider, providerID: id, reference: code, gross: amount, net: net, currency: "RUB",
                occurredAt: "2027-06-14T06:00:00Z", accepted: true), at: now)
    }

    static func row(
        _ id: String, gross: Int64?, net: Int64? = nil, reference: String = "", provider: String = "yookassa",
        kind: String = "payment", paymentID: String? = nil, currency: String = "RUB", at time: Int64 = now + 60,
        status: String? = nil, line: Int = 4
    ) -> ExportRecord {
        ExportRecord(
            provider: provider, kind: kind, providerID: id, paymentID: paymentID, gross: gross, net: net,
            commission: gross.map { $0 * 3 / 100 }, commissionVAT: nil, currency: currency, occurredAt: time, day: day,
            reference: reference, orderRef: Self.code(in: reference), method: "AC", status: status,
            location: line)
    }

    /// The order code in a reference (the parser's look-alike folding is tested with it).
    static func code(in reference: String) -> String? {
        let upper = reference.uppercased()
        guard let start = upper.range(of: "GW-") else { return nil }
        return String(upper[start.lowerBound...].prefix(11))
    }

    static func load(
        _ database: AppDatabase, _ rows: [ExportRecord], name: String = "registry.csv", provider: String = "yookassa",
        kind: String = "payment", sha256: String = UUID().uuidString
    ) throws -> ExportLoad {
        let outcome = try database.loadExport(name: name, at: now) { sink in
            for row in rows { try sink.add(row) }
            return ExportFileRecord(
                sha256: sha256, name: name, provider: provider, kind: "\(provider)-\(kind)", format: "csv",
                footerTotal: nil, footerCount: nil, coveredKind: kind, coveredDays: [day])
        }
        guard case .loaded(let load, _) = outcome else { throw FixtureFailure.duplicate }
        return load
    }

    enum FixtureFailure: Error { case duplicate }

    static func outcomes(_ database: AppDatabase, provider: String = "yookassa") throws -> [String: ReconcileOutcome] {
        let report = try database.reconciliationReport(days: [ReconcileDay(provider: provider, day: day)])
        return Dictionary(report.findings.map { ($0.providerID ?? "", $0.outcome) }, uniquingKeysWith: { $1 })
    }

    @Test func everyPaymentOutcomeIsFoundWithItsEvidence() throws {
        let database = try CheckoutFixture.database()
        let (matched, total) = try Self.hold(database, seat: ("1", "1"))
        try Self.pay(database, matched, total, id: "p-matched")
        let (differs, _) = try Self.hold(database, seat: ("1", "2"))
        try Self.pay(database, differs, total, id: "p-differs")
        let (missing, _) = try Self.hold(database, seat: ("1", "3"))
        try Self.pay(database, missing, total, id: "p-missing")
        _ = try Self.load(
            database,
            [
                Self.row("p-matched", gross: total.kopecks, reference: "Заказ \(matched)"),
                Self.row("p-differs", gross: total.kopecks - 1, reference: "Заказ \(differs)"),
                Self.row("p-twice", gross: total.kopecks, reference: matched),
                Self.row("p-nobody", gross: 50_000, reference: "Оплата экскурсии"),
                Self.row("p-usd", gross: 1_000, reference: matched, currency: "USD"),
            ])
        let actions = try database.reconcile(policy: ReconcilePolicy(), at: Self.now)
        #expect(actions.added[.matched] == 1)
        let found = try Self.outcomes(database)
        #expect(found["p-differs"] == .amountDiffers)
        #expect(found["p-twice"] == .paidTwice)
        #expect(found["p-nobody"] == .noOrder)
        #expect(found["p-usd"] == .wrongCurrency)
        #expect(found["p-missing"] == .missingFromExport)
        #expect(found["p-matched"] == nil)  // matched rows are counted, not listed
        let report = try database.reconciliationReport(days: [ReconcileDay(provider: "yookassa", day: Self.day)])
        #expect(report.matched == 1)
        let differsFinding = try #require(report.findings.first { $0.providerID == "p-differs" })
        #expect(differsFinding.expected == total.kopecks && differsFinding.actual == total.kopecks - 1)
        #expect(differsFinding.evidence == "registry.csv:4")
        #expect(differsFinding.customer == "Ivan ivan@example.ru")
        #expect(report.days.first?.payments == 5)
    }

    @Test func rowsSeenAgainAreCountedOnceAndARerunChangesNothing() throws {
        let database = try CheckoutFixture.database()
        let (code, total) = try Self.hold(database)
        try Self.pay(database, code, total, id: "p-1")
        let first = try Self.load(database, [Self.row("p-1", gross: total.kopecks, reference: code)])
        let overlapping = try Self.load(
            database,
            [Self.row("p-1", gross: total.kopecks, reference: code), Self.row("p-2", gross: 100, reference: "x")],
            name: "overlap.csv")
        #expect(first.newRows == 1)
        let sameBytes = try database.loadExport(name: "copy.csv", at: Self.now) { sink in
            try sink.add(Self.row("p-new", gross: 1, reference: "x"))
            return ExportFileRecord(
                sha256: "same", name: "copy.csv", provider: "yookassa", kind: "yookassa-payment", format: "csv",
                footerTotal: nil, footerCount: nil, coveredKind: "payment", coveredDays: [Self.day])
        }
        guard case .loaded = sameBytes else { throw FixtureFailure.duplicate }
        let copy = try database.loadExport(name: "copy-1.csv", at: Self.now) { sink in
            try sink.add(Self.row("p-other", gross: 1, reference: "x"))
            return ExportFileRecord(
                sha256: "same", name: "copy-1.csv", provider: "yookassa", kind: "yookassa-payment", format: "csv",
                footerTotal: nil, footerCount: nil, coveredKind: "payment", coveredDays: [Self.day])
        }
        guard case .duplicate = copy else {
            Issue.record("the same bytes again must be a duplicate")
            return
        }
        #expect(overlapping.rows == 2 && overlapping.newRows == 1)
        _ = try database.reconcile(policy: ReconcilePolicy(), at: Self.now)
        let before = try database.reconciliationReport(days: [ReconcileDay(provider: "yookassa", day: Self.day)])
        let again = try database.reconcile(policy: ReconcilePolicy(), at: Self.now + 1)
        #expect(again.added.isEmpty && again.confirmedOrders.isEmpty)
        #expect(try database.reconciliationReport(days: [ReconcileDay(provider: "yookassa", day: Self.day)]) == before)
        #expect(before.days.first?.payments == 3)  // p-1, p-2 and p-new; p-other was rolled back
        #expect(before.days.first?.gross == total.kopecks + 101)
    }

    @Test func anOrderTheExportProvesPaidIsConfirmedOrFlaggedByPolicy() throws {
        let database = try CheckoutFixture.database()
        let (pending, total) = try Self.hold(database, seat: ("1", "1"))
        let (late, _) = try Self.hold(database, seat: ("1", "2"))
        let (gone, _) = try Self.hold(database, seat: ("1", "3"))
        // The third order's seat is sold to someone else after its hold lapsed.
        _ = try database.expireHolds(now: Self.now + 1_000)
        let (other, _) = try Self.hold(database, seat: ("1", "3"), at: Self.now + 1_000)
        try Self.pay(database, other, total, id: "p-other")
        _ = try Self.load(
            database,
            [
                Self.row(
                    "p-pending", gross: total.kopecks, reference: "заказ " + pending.lowercased(), at: Self.now + 60),
                Self.row("p-late", gross: total.kopecks, reference: late, at: Self.now + 2_000),
                Self.row("p-gone", gross: total.kopecks, reference: gone, at: Self.now + 2_000),
            ])
        let actions = try database.reconcile(policy: ReconcilePolicy(), at: Self.now + 3_000)
        #expect(Set(actions.confirmedOrders) == [pending, late])
        let found = try Self.outcomes(database)
        #expect(found["p-pending"] == .confirmedFromExport)
        #expect(found["p-late"] == .latePaymentConfirmed)
        #expect(found["p-gone"] == .latePayment)
        #expect(try database.order(code: pending, now: Self.now + 3_000)?.status == .paid)
        #expect(try database.order(code: late, now: Self.now + 3_000)?.tickets.count == 1)
        #expect(try database.order(code: gone, now: Self.now + 3_000)?.status == .needsResolution)

        let off = try CheckoutFixture.database()
        let (code, _) = try Self.hold(off)
        _ = try Self.load(off, [Self.row("p-x", gross: total.kopecks, reference: code)])
        let untouched = try off.reconcile(policy: ReconcilePolicy(confirmPaidOrders: false), at: Self.now + 100)
        #expect(untouched.confirmedOrders.isEmpty)
        #expect(try Self.outcomes(off)["p-x"] == .paidNotRecorded)
        #expect(try off.order(code: code, now: Self.now + 100)?.status == .pending)
    }

    @Test func refundsAreMatchedToTheirPaymentAndNeverExceedIt() throws {
        let database = try CheckoutFixture.database()
        let (code, total) = try Self.hold(database)
        try Self.pay(database, code, total, id: "p-1")
        _ = try Self.load(
            database,
            [
                Self.row("r-1", gross: 50_000, kind: "refund", paymentID: "p-1"),
                Self.row("r-2", gross: total.kopecks, kind: "refund", paymentID: "p-1"),
                Self.row("r-3", gross: 100, kind: "refund", paymentID: "p-unknown"),
            ], name: "refunds.csv", kind: "refund")
        _ = try database.reconcile(policy: ReconcilePolicy(), at: Self.now)
        let report = try database.reconciliationReport(days: [ReconcileDay(provider: "yookassa", day: Self.day)])
        let found = Dictionary(report.findings.map { ($0.providerID ?? "", $0.outcome) }, uniquingKeysWith: { $1 })
        #expect(found["r-1"] == nil)  // matched
        #expect(found["r-2"] == .refundExceeds)
        #expect(found["r-3"] == .refundNoPayment)
        #expect(report.matched == 1)
        #expect(report.days.first?.refunds == 3)
    }

    @Test func walletHistoryIsComparedWithTheNotificationOrTheImpliedFee() throws {
        let database = try CheckoutFixture.database()
        let (notified, total) = try Self.hold(database, seat: ("1", "1"))
        try Self.pay(
            database, notified, total, id: "op-1", provider: .yoomoney, net: Money(kopecks: total.kopecks - 4_500))
        let (silent, _) = try Self.hold(database, seat: ("1", "2"))
        let (greedy, _) = try Self.hold(database, seat: ("1", "3"))
        _ = try Self.load(
            database,
            [
                Self.row("op-1", gross: nil, net: total.kopecks - 4_500, reference: notified, provider: "yoomoney"),
                Self.row("op-2", gross: nil, net: total.kopecks - 4_500, reference: silent, provider: "yoomoney"),
                Self.row("op-3", gross: nil, net: total.kopecks / 2, reference: greedy, provider: "yoomoney"),
                Self.row("op-4", gross: nil, net: 100, reference: "", provider: "yoomoney", status: "refused"),
            ], name: "history.json", provider: "yoomoney")
        let actions = try database.reconcile(policy: ReconcilePolicy(), at: Self.now + 100)
        #expect(actions.confirmedOrders == [silent])
        let report = try database.reconciliationReport(days: [ReconcileDay(provider: "yoomoney", day: Self.day)])
        let confirmed = try #require(report.findings.first { $0.providerID == "op-2" })
        #expect(confirmed.outcome == .confirmedFromExport && confirmed.fee == 4_500)
        #expect(report.findings.first { $0.providerID == "op-3" }?.outcome == .paidNotRecorded)
        #expect(report.findings.first { $0.providerID == "op-1" } == nil)
        #expect(report.matched == 2)  // op-1 matched, op-4 not credited
    }

    @Test func aDecisionIsRecordedWithWhoMadeIt() throws {
        let database = try CheckoutFixture.database()
        _ = try Self.load(database, [Self.row("p-nobody", gross: 100, reference: "?")])
        _ = try database.reconcile(policy: ReconcilePolicy(), at: Self.now)
        let report = try database.reconciliationReport(days: [ReconcileDay(provider: "yookassa", day: Self.day)])
        let finding = try #require(report.findings.first)
        try database.resolveFinding(id: finding.id, resolution: "refunded to the payer", actor: "olga", at: Self.now)
        let after = try database.reconciliationReport(days: [ReconcileDay(provider: "yookassa", day: Self.day)])
        #expect(after.findings.first?.resolution == "refunded to the payer")
        #expect(after.findings.first?.resolvedBy == "olga")
        #expect(throws: ReconcileFailure.unknownFinding(999)) {
            try database.resolveFinding(id: 999, resolution: "x", actor: "olga", at: Self.now)
        }
    }

    @Test func aRecordedUnderpaymentStaysADiscrepancyEvenWhenTheExportAgrees() throws {
        let database = try CheckoutFixture.database()
        let (code, total) = try Self.hold(database)
        try Self.pay(database, code, Money(kopecks: total.kopecks - 10_000), id: "p-short")
        _ = try Self.load(database, [Self.row("p-short", gross: total.kopecks - 10_000, reference: code)])
        _ = try database.reconcile(policy: ReconcilePolicy(), at: Self.now)
        let report = try database.reconciliationReport(days: [ReconcileDay(provider: "yookassa", day: Self.day)])
        let finding = try #require(report.findings.first { $0.providerID == "p-short" })
        #expect(finding.outcome == .amountDiffers)
        #expect(finding.expected == total.kopecks && finding.actual == total.kopecks - 10_000)
        #expect(report.matched == 0)
    }

    @Test func ofTwoReadingsOfAMangledCodeTheOneNamingAnOrderIsKept() throws {
        let database = try CheckoutFixture.database()
        let (code, total) = try Self.hold(database)
        var row = Self.row("p-mangled", gross: total.kopecks, reference: "Заказ GW-NOSUCH22")
        row.orderRef = "GW-NOSUCH22"
        row.orderRefAlternatives = [code]
        _ = try Self.load(database, [row])
        let actions = try database.reconcile(policy: ReconcilePolicy(), at: Self.now + 60)
        #expect(actions.confirmedOrders == [code])
    }
}
