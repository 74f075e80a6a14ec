import Foundation
import GangwayCore
import Testing

@testable import GangwayStore

/// The first pass over new payment rows gives the same outcomes whether the rows are judged on
/// the writer's own connection (a queue) or read on a pool's reader while the writer records the
/// matches, across many batches.
struct FirstPassTests {
    static let orders = 5_000
    static let day = "2026-11-25"

    static func code(_ index: Int) -> String { "GW-" + String(format: "%08d", index) }
    static func paymentID(_ index: Int) -> String { String(format: "30000000-000f-5000-8000-%012d", index) }

    static func reconcile(_ database: AppDatabase) throws -> ReconcileActions {
        try database.seedPaidOrders(count: orders, now: 1_795_564_800) { index in
            BenchmarkPaidOrder(
                code: code(index), paymentID: paymentID(index), total: 150_000, net: 145_000,
                occurredAt: "\(day)T09:00:00Z", createdAt: 1_795_564_800)
        }
        _ = try database.loadExport(name: "registry.csv", at: 1_795_600_000) { sink in
            for index in 0..<orders where index % 50 != 7 {
                try sink.add(
                    ExportRecord(
                        provider: "yookassa", kind: "payment", providerID: paymentID(index), paymentID: nil,
                        gross: index % 10 == 3 ? 149_000 : 150_000, net: 145_000, commission: 4_000,
                        commissionVAT: 1_000, currency: "RUB", occurredAt: 1_795_600_000, day: day,
                        reference: "Заказ " + code(index), orderRef: code(index), method: "AC", status: nil,
                        location: index + 4))
            }
            for extra in 0..<30 {
                try sink.add(
                    ExportRecord(
                        provider: "yookassa", kind: "payment", providerID: "4000-\(extra)", paymentID: nil,
                        gross: 50_000, net: 48_000, commission: 1_500, commissionVAT: 500, currency: "RUB",
                        occurredAt: 1_795_600_000, day: day, reference: "Оплата", orderRef: nil, method: "AC",
                        status: nil, location: orders + extra))
            }
            return ExportFileRecord(
                sha256: "registry", name: "registry.csv", provider: "yookassa", kind: "yookassaPayments",
                format: "csv", footerTotal: nil, footerCount: nil, coveredKind: "payment", coveredDays: [day])
        }
        return try database.reconcile(policy: ReconcilePolicy(), at: 1_795_650_000)
    }

    @Test func rowsJudgedOnAReaderGiveWhatTheWriterAloneGives() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("gangway-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let pool = try AppDatabase.open(at: folder.appendingPathComponent("g.sqlite"))
        let queue = try AppDatabase.inMemory()
        let expected: [ReconcileOutcome: Int] = [
            .matched: 4_400, .amountDiffers: 500, .missingFromExport: 100, .noOrder: 30,
        ]
        let alone = try Self.reconcile(queue)
        let beside = try Self.reconcile(pool)
        #expect(alone.added == expected)
        #expect(beside.added == expected)
        for database in [queue, pool] {
            let report = try database.reconciliationReport(days: [ReconcileDay(provider: "yookassa", day: Self.day)])
            #expect(report.matched == 4_400)
            #expect(report.findings.count == 630)
        }
    }
}
