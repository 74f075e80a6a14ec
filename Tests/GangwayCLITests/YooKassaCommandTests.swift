import Foundation
import GangwayCore
import GangwayStore
import Testing

/// `gangway order refund` of a ЮKassa payment and `gangway receipts settle` when ЮKassa is not
/// set up or cannot be reached: clear exit codes, and nothing changes. (The API exchanges
/// themselves are tested against a local ЮKassa in GangwayServerTests.)
struct YooKassaCommandTests {
    @Test func aYooKassaRefundNeedsTheCredentialsAndAnUnreachableAPIChangesNothing() async throws {
        let cli = try CLIHarness()
        let order = try await OrderCommandTests.paidOrder(cli, provider: .yookassa)
        let missing = try await cli.run("order", "refund", order.code, "--reason", "ill")
        #expect(missing.exitCode == 69)
        #expect(missing.stderr.contains("GANGWAY_YOOKASSA_SHOP_ID"))

        cli.variables = [
            "GANGWAY_YOOKASSA_SHOP_ID": "123", "GANGWAY_YOOKASSA_SECRET_KEY": "test_secret-never-printed",
            "GANGWAY_PAYMENTS_YOOKASSA_API_URL": "http://127.0.0.1:9/v3/",
        ]
        let unreachable = try await cli.run("order", "refund", order.code, "--reason", "ill")
        #expect(unreachable.exitCode == 69)
        #expect(unreachable.stderr.contains("run the same command again"))
        #expect(!unreachable.stderr.contains("test_secret-never-printed"))
        let database = try AppDatabase.open(at: cli.database)
        let after = try #require(try database.order(code: order.code, now: cli.now))
        #expect(after.status == .paid)
        #expect(after.tickets.allSatisfy { $0.status == "valid" })
    }

    @Test func settleSendsNothingBeforeTheTripAndNeedsTheAPIAfter() async throws {
        let cli = try CLIHarness()
        let order = try await OrderCommandTests.paidOrder(cli, provider: .yookassa)
        let before = try await cli.run("receipts", "settle", "--json")
        #expect(before.exitCode == 0)
        #expect(before.stdout == #"{"due":0,"sent":0,"refused":0,"unavailable":0,"skipped":0}"#)

        let database = try AppDatabase.open(at: cli.database)
        let sailing = try #require(order.sailingID)
        let departs = try #require(
            try database.sailings(from: nil, to: nil, productID: nil, now: cli.now).first { $0.id == sailing }?
                .departsAt)
        cli.now = departs + 3_600
        let missing = try await cli.run("receipts", "settle")
        #expect(missing.exitCode == 69)
        #expect(missing.stderr.contains("GANGWAY_YOOKASSA_SECRET_KEY"))
        cli.variables = [
            "GANGWAY_YOOKASSA_SHOP_ID": "123", "GANGWAY_YOOKASSA_SECRET_KEY": "test_x",
            "GANGWAY_PAYMENTS_YOOKASSA_API_URL": "http://127.0.0.1:9/v3/",
        ]
        let unreachable = try await cli.run("receipts", "settle", "--json")
        #expect(unreachable.exitCode == 69)
        #expect(unreachable.stdout.contains(#""due":1"#) && unreachable.stdout.contains(#""unavailable":1"#))
        #expect(try database.settlementsDue(now: cli.now) == [order.code])
    }

    @Test func reconcileFromTheAPINeedsAPeriodAndTheAPI() async throws {
        let cli = try CLIHarness()
        _ = try await OrderCommandTests.paidOrder(cli, provider: .yookassa)
        #expect(try await cli.run("reconcile", "--from-api").exitCode == 64)
        let missing = try await cli.run("reconcile", "--from-api", "--from", "2026-11-25", "--to", "2026-11-25")
        #expect(missing.exitCode == 69 && missing.stderr.contains("GANGWAY_YOOKASSA_SHOP_ID"))
        cli.variables = [
            "GANGWAY_YOOKASSA_SHOP_ID": "123", "GANGWAY_YOOKASSA_SECRET_KEY": "test_x",
            "GANGWAY_PAYMENTS_YOOKASSA_API_URL": "http://127.0.0.1:9/v3/",
        ]
        let unreachable = try await cli.run("reconcile", "--from-api", "--from", "2026-11-25", "--to", "2026-11-25")
        #expect(unreachable.exitCode == 69)
    }
}
