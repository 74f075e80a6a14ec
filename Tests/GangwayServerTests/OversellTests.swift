import Foundation
import GangwayCore
import GangwayStore
import Testing

@testable import GangwayServer

/// Nothing can be sold twice: 64 clients race for a few seats, the last standing places and the
/// last use of a promo code, round after round, through two separate connections pools (as two
/// server processes would be), half of them one transaction each and half through each pool's
/// group commit (``HoldQueue``), while another process (`gangway import`) writes to the database.
/// Every round must have exactly as many winners as there were places.
@Suite(.serialized)
struct OversellTests {
    static let clients = 64
    static let rounds = 4

    /// The built `gangway` executable beside the test bundle.
    static var gangway: URL? {
        var url = URL(fileURLWithPath: CommandLine.arguments.first ?? "").deletingLastPathComponent()
        for _ in 0..<4 {
            let candidate = url.appendingPathComponent("gangway")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            url = url.deletingLastPathComponent()
        }
        return nil
    }

    /// What the racing threads report, under a lock.
    final class Tally: @unchecked Sendable {
        private let lock = NSLock()
        private var items: [String] = []
        func add(_ item: String) { lock.withLock { items.append(item) } }
        var all: [String] { lock.withLock { items } }
    }

    /// Runs `attempt` on `clients` threads at once (released together), returning how many won.
    static func race(_ attempt: @escaping @Sendable (Int) -> Bool) -> Int {
        let start = DispatchSemaphore(value: 0)
        let done = DispatchGroup()
        let winners = Tally()
        for client in 0..<clients {
            done.enter()
            Thread.detachNewThread {
                start.wait()
                if attempt(client) { winners.add("\(client)") }
                done.leave()
            }
        }
        for _ in 0..<clients { start.signal() }
        done.wait()
        return winners.all.count
    }

    /// One pool of connections (a server process): its database and its group commit.
    struct Pool: Sendable {
        var database: AppDatabase
        var queue: HoldQueue
    }

    static func hold(
        _ pool: Pool, _ client: Int, sailing: String, seats: [HoldRequest.Seat] = [],
        standing: [HoldRequest.Standing] = [], promo: String? = nil, now: Int64
    ) -> Bool {
        guard let contact = try? ContactDetails(name: "Client \(client)", email: "c\(client)@example.ru", phone: nil)
        else { return false }
        let request = HoldRequest(
            sailingID: sailing, seats: seats, standing: standing, contact: contact, language: .ru, promoCode: promo)
        let policy = CheckoutPolicy(holdSeconds: 60, maximumPlaces: 6)
        guard client % 4 >= 2 else { return (try? pool.database.placeHold(request, policy: policy, now: now)) != nil }
        // Through the group commit: the thread waits for the async answer.
        let done = DispatchSemaphore(value: 0)
        let won = Tally()
        Task {
            if (try? await pool.queue.place(request, policy: policy, now: now)) != nil { won.add("won") }
            done.signal()
        }
        done.wait()
        return !won.all.isEmpty
    }

    @Test func exactlyAsManyWinnersAsPlacesUnderConcurrency() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("oversell-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("gangway.sqlite")
        let first = try CheckoutFixture.database(file: file)
        let second = try AppDatabase.open(at: file)
        let pools = [first, second].map { Pool(database: $0, queue: HoldQueue(database: $0, maximumBatch: 16)) }

        // Another process writing all along: imports of 40 pier files, one transaction each.
        let inbox = folder.appendingPathComponent("inbox", isDirectory: true)
        try FileManager.default.createDirectory(at: inbox, withIntermediateDirectories: true)
        for index in 0..<40 {
            try Data("pier_id;name_ru;timezone\ndvortsovaya;Дворцовая \(index);Europe/Moscow\n".utf8)
                .write(to: inbox.appendingPathComponent(String(format: "piers-%02d.csv", index)))
        }
        let importer = Process()
        let gangway = try #require(Self.gangway, "the gangway executable is built beside the tests")
        importer.executableURL = gangway
        importer.arguments = ["import", "--inbox", inbox.path, "--json"]
        importer.environment = [
            "GANGWAY_DATABASE_PATH": file.path, "GANGWAY_CONFIG": folder.appendingPathComponent("none.toml").path,
            "GANGWAY_NOW": "2027-05-01T00:00:00Z",
        ]
        try Data().write(to: folder.appendingPathComponent("none.toml"))
        importer.standardOutput = FileHandle.nullDevice
        importer.standardError = FileHandle.nullDevice
        try importer.run()

        for round in 0..<Self.rounds {
            // Each round starts after the last one's holds lapsed.
            let now = CheckoutFixture.now + Int64(round) * 61
            let seats = ["salon|1|1", "salon|1|2", "salon|2|3"]
            let taken = Tally()
            let seatWinners = Self.race { client in
                let id = seats[client % seats.count]
                let parts = id.split(separator: "|").map(String.init)
                let won = Self.hold(
                    pools[client % 2], client, sailing: CheckoutFixture.sailing("10:30"),
                    seats: [HoldRequest.Seat(section: parts[0], row: parts[1], seat: parts[2], tier: "adult")], now: now
                )
                if won { taken.add(id) }
                return won
            }
            #expect(seatWinners == seats.count, "round \(round): \(seatWinners) winners for \(seats.count) seats")
            #expect(Set(taken.all).count == taken.all.count, "round \(round): a seat was held twice: \(taken.all)")

            let standingWinners = Self.race { client in
                Self.hold(
                    pools[client % 2], client, sailing: CheckoutFixture.sailing("14:00"),
                    standing: [HoldRequest.Standing(section: "deck", tier: "adult", quantity: 1)], now: now)
            }
            #expect(standingWinners == 4, "round \(round): \(standingWinners) winners for 4 standing places")

            let promoWinners = Self.race { client in
                Self.hold(
                    pools[client % 2], client, sailing: CheckoutFixture.sailing("10:00", vessel: "moika"),
                    standing: [HoldRequest.Standing(section: "general", tier: "adult", quantity: 1)], promo: "ONCE",
                    now: now)
            }
            #expect(promoWinners == 1, "round \(round): \(promoWinners) winners for a promo with one use")
        }
        importer.waitUntilExit()
        #expect(importer.terminationStatus == 0, "the concurrent import failed")
        #expect(pools.map(\.queue.statistics.holds).reduce(0, +) == Self.clients / 2 * 3 * Self.rounds)
    }
}
