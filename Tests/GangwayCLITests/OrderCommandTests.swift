import Foundation
import GangwayCore
import GangwayStore
import Testing

/// `gangway order show` and `gangway order refund` on the sample season: an order placed and
/// paid through the store, then looked at and refunded from the command line.
struct OrderCommandTests {
    /// The harness with the sample season imported and one paid order of two seats: its code.
    static func paidOrder(_ cli: CLIHarness, provider: PaymentProviderKind = .yoomoney) async throws -> OrderDetails {
        for name in CLIHarness.sampleFiles { try cli.dropSample(name) }
        #expect(try await cli.run("import").exitCode == 0)
        let listed = try await cli.run("sailings", "list", "--json")
        let data = try JSONSerialization.jsonObject(with: Data(listed.stdout.utf8)) as? [String: Any] ?? [:]
        let database = try AppDatabase.open(at: cli.database)
        for case let sailing as [String: Any] in data["sailings"] as? [Any] ?? [] {
            guard let id = sailing["id"] as? String, sailing["status"] as? String == "scheduled",
                let available = try database.availability(sailingID: id, now: cli.now), available.sellable
            else { continue }
            let free = available.seats.filter(\.free).prefix(2)
            guard free.count == 2, let tier = available.prices.entries.first?.tier else { continue }
            let placed = try database.placeHold(
                HoldRequest(
                    sailingID: id,
                    seats: free.map { HoldRequest.Seat(section: $0.section, row: $0.row, seat: $0.seat, tier: tier) },
                    standing: [], contact: try ContactDetails(name: "Ivan", email: "ivan@example.ru", phone: nil),
                    language: .ru),
                policy: CheckoutPolicy(holdSeconds: 900), now: cli.now)
            let paid = try database.recordPayment(
                IncomingPayment(
                    provider: provider, providerID: "op-cli", reference: placed.orderCode, gross: placed.order.total,
                    net: nil, currency: "643", occurredAt: "2026-11-25T09:00:00Z", accepted: true), at: cli.now)
            return try #require(paid.order)
        }
        throw CLITestError.noSellableSailing
    }

    enum CLITestError: Error { case noSellableSailing }

    @Test func showListsTheOrderItsTicketsAndPayments() async throws {
        let cli = try CLIHarness()
        let order = try await Self.paidOrder(cli)
        let shown = try await cli.run("order", "show", order.code.lowercased())
        #expect(shown.exitCode == 0)
        #expect(shown.stdout.contains("order \(order.code): paid"))
        #expect(shown.stdout.contains("Ivan, ivan@example.ru, no phone"))
        #expect(shown.stdout.contains("yoomoney op-cli: fulfilled, charged \(order.total.decimalString)"))
        for ticket in order.tickets { #expect(shown.stdout.contains("\(ticket.code) ")) }
        let missing = try await cli.run("order", "show", "GW-NOSUCH")
        #expect(missing.exitCode == 65 && missing.stderr.contains("no order GW-NOSUCH"))
    }

    @Test func refundVoidsTicketsSaysWhatToSendAndIsAudited() async throws {
        let cli = try CLIHarness()
        let order = try await Self.paidOrder(cli)
        let ticket = try #require(order.tickets.first)
        let noReason = try await cli.run("order", "refund", order.code, "--reason", " ")
        #expect(noReason.exitCode == 64)
        let tooMuch = try await cli.run("order", "refund", order.code, "--amount", "999999.00", "--reason", "x")
        #expect(tooMuch.exitCode == 65 && tooMuch.stderr.contains("at most"))
        let partial = try await cli.run(
            "order", "refund", order.code, "--tickets", ticket.code, "--reason", "one seat less", "--operator", "anna")
        #expect(partial.exitCode == 0)
        #expect(partial.stdout.contains("tickets void: \(ticket.code)"))
        #expect(partial.stdout.contains("ЮMoney operation op-cli"))
        let shown = try await cli.run("order", "show", order.code)
        #expect(shown.stdout.contains("\(ticket.code) ") && shown.stdout.contains(" void"))
        #expect(shown.stdout.contains("manual_pending by anna"))
        #expect(shown.stdout.contains("anna refund:"))
    }
}
