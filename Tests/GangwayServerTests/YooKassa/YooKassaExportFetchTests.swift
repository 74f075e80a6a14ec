import Foundation
import GangwayCore
import GangwayPayments
import GangwayStore
import Testing

@testable import GangwayServer

/// `gangway reconcile --from-api`: the shop's payments and refunds of a period, page by page,
/// as export rows that reconcile like a registry's.
struct YooKassaExportFetchTests {
    @Test func theAPIsPaymentsAndRefundsOfThePeriodReconcileLikeARegistry() async throws {
        let database = try CheckoutFixture.database()
        let fake = FakeYooKassa()
        try await fake.run { url in
            let code = try await YooKassaRefundTests.paidOrder(fake: fake, url: url, database: database)
            let paymentID = try #require(fake.paymentIDs.first)
            fake.succeed(paymentID, income: "5000.00")
            _ = fake.dashboardRefund(payment: paymentID, amount: "100.00")
            let operations = YooKassaRefundTests.operations(database, url)
            let june14 = CheckoutFixture.june14
            let (file, rows) = try await operations.fetchExports(days: june14...june14)
            #expect(file.coveredDays == ["2027-06-14"])
            let payment = try #require(rows.first { $0.kind == "payment" })
            #expect(payment.providerID == paymentID && payment.gross == 520_000 && payment.net == 500_000)
            #expect(payment.orderRef == code && payment.day == "2027-06-14")
            // The dashboard refund is dated 2027-06-15: outside the period.
            #expect(!rows.contains { $0.kind == "refund" })
            let (_, nextDay) = try await operations.fetchExports(days: june14.adding(days: 1)...june14.adding(days: 1))
            #expect(nextDay.map(\.kind) == ["refund"])

            let loaded = try database.loadExport(name: file.name, at: CheckoutFixture.now) { sink in
                for row in rows { try sink.add(row) }
                return file
            }
            guard case .loaded = loaded else {
                Issue.record("expected a load")
                return
            }
            let actions = try database.reconcile(policy: ReconcilePolicy(), at: CheckoutFixture.now)
            #expect(actions.added == [.matched: 1])
            // Fetching the same again is a duplicate.
            let again = try database.loadExport(name: file.name, at: CheckoutFixture.now) { sink in
                for row in rows { try sink.add(row) }
                return file
            }
            guard case .duplicate = again else {
                Issue.record("expected a duplicate")
                return
            }
        }
    }

    @Test func pagesAreFollowedToTheEnd() async throws {
        let fake = FakeYooKassa()
        try await fake.run { url in
            let client = YooKassaTestSupport.client(url)
            for number in 0..<150 {
                let payment = try await client.createPayment(
                    YooKassaClientTests.paymentRequest(), idempotenceKey: "bulk-\(number)")
                fake.succeed(payment.id)
            }
            let first = try await client.payments(
                createdFrom: "2027-06-13T21:00:00.000Z", before: "2027-06-14T21:00:00.000Z", cursor: nil)
            #expect(first.items.count == 100 && first.nextCursor != nil)
            let database = try CheckoutFixture.database()
            let operations = YooKassaOperations(
                database: database, client: client, vatCode: 12, taxSystemCode: nil, clock: MovableClock(0))
            let (_, rows) = try await operations.fetchExports(days: CheckoutFixture.june14...CheckoutFixture.june14)
            #expect(rows.count == 150)
            #expect(Set(rows.map(\.providerID)).count == 150)
        }
    }
}
