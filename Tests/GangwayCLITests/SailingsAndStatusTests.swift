import Foundation
import Testing

@testable import GangwayCLI

struct SailingsAndStatusTests {
    private func seasonImported() async throws -> CLIHarness {
        let cli = try CLIHarness()
        for name in CLIHarness.sampleFiles { try cli.dropSample(name) }
        let result = try await cli.run("import")
        #expect(result.exitCode == 0, "\(result.stdout) \(result.stderr)")
        return cli
    }

    private struct Listing: Decodable {
        struct Item: Decodable, Equatable {
            var id: String
            var productId: String
            var vesselId: String
            var pierId: String
            var departsAt: String
            var localDate: String
            var localTime: String
            var durationMin: Int
            var status: String
            var seating: String
            var capacity: Int
            var sold: Int
            var held: Int
        }

        var sailings: [Item]
    }

    private static var decoder: JSONDecoder {
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        return decoder
    }

    @Test func departuresAfterMidnightKeepTheirServiceDayAndShowTheRealInstant() async throws {
        let cli = try await seasonImported()
        let result = try await cli.run(
            "sailings", "list", "--json", "--from", "2027-06-04", "--to", "2027-06-05", "--product",
            "neva-night-bridges")
        #expect(result.exitCode == 0)
        let listing = try Self.decoder.decode(Listing.self, from: Data(result.stdout.utf8))
        let late = try #require(listing.sailings.first { $0.id == "neva-night-bridges-20270604-2510-fontanka-2" })
        #expect(late.localDate == "2027-06-04")
        #expect(late.localTime == "25:10")
        #expect(late.departsAt == "2027-06-05T01:10:00+03:00")
        #expect(late.seating == "general")
        #expect(late.status == "scheduled")
        #expect(late.sold == 0 && late.held == 0)
        #expect(listing.sailings.map(\.departsAt) == listing.sailings.map(\.departsAt).sorted())
    }

    @Test func seatingFollowsTheVesselsLayout() async throws {
        let cli = try await seasonImported()
        let result = try await cli.run("sailings", "list", "--json", "--from", "2027-06-12", "--to", "2027-06-12")
        let listing = try Self.decoder.decode(Listing.self, from: Data(result.stdout.utf8))
        let meteor = try #require(listing.sailings.first { $0.vesselId == "meteor-17" })
        #expect(meteor.seating == "assigned")
        #expect(meteor.capacity == 120)
        let canal = try #require(listing.sailings.first { $0.vesselId == "fontanka-1" && $0.productId == "canal-tour" })
        #expect(canal.seating == "general")
        #expect(canal.capacity == 40)
    }

    @Test func byDefaultTheListStartsToday() async throws {
        let cli = try await seasonImported()
        let result = try await cli.run("sailings", "list", "--json")
        let listing = try Self.decoder.decode(Listing.self, from: Data(result.stdout.utf8))
        #expect(!listing.sailings.isEmpty)
        #expect(listing.sailings.allSatisfy { $0.departsAt >= "2026-11-25" })
        let table = try await cli.run("sailings", "list", "--to", "2026-11-30")
        #expect(table.stdout.contains("canal-winter"))
        #expect(table.stdout.hasPrefix("date"))
    }

    @Test func badDatesAreUsageErrors() async throws {
        let cli = try CLIHarness()
        let result = try await cli.run("sailings", "list", "--from", "25.11.2026")
        #expect(result.exitCode == 64)
    }

    @Test func statusReportsJobsInboxAndHealth() async throws {
        let cli = try await seasonImported()
        try cli.drop("later.csv.part", "x")
        let result = try await cli.run("status", "--json")
        #expect(result.exitCode == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let health = try #require(object["health"] as? [String: Any])
        #expect(health["integrity"] as? String == "ok")
        #expect(health["journal_mode"] as? String == "wal")
        let inbox = try #require(object["inbox"] as? [String: Any])
        #expect(inbox["waiting"] as? Int == 1)
        let jobs = try #require(object["jobs"] as? [[String: Any]])
        #expect(jobs.first?["job"] as? String == "import")
        #expect(jobs.first?["outcome"] as? String == "ok")
        let human = try await cli.run("status")
        #expect(human.stdout.contains("job import: ok"))
    }
}
