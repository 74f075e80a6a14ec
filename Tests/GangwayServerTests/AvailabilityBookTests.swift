import Foundation
import GangwayCore
import GangwayStore
import Hummingbird
import HummingbirdTesting
import Testing

@testable import GangwayServer

/// Availability is kept in memory and patched by this server's holds; other writers, lapsing
/// holds and closing sales still show.
struct AvailabilityBookTests {
    static func availability(
        _ client: some TestClientProtocol, _ sailing: String = CheckoutFixture.sailing("10:30")
    ) async throws -> [String: Any] {
        try await client.execute(uri: "/api/v1/sailings/\(sailing)/availability", method: .get) { response in
            #expect(response.status == .ok)
            return CheckoutAPITests.json(response)
        }
    }

    static func freeSeats(_ client: some TestClientProtocol) async throws -> [String] {
        let seats = try await availability(client)["seats"] as? [[String: Any]] ?? []
        return seats.filter { $0["free"] as? Bool == true }.compactMap { $0["id"] as? String }
    }

    static func deck(_ client: some TestClientProtocol) async throws -> Int? {
        let standing = try await availability(client)["standing"] as? [[String: Any]] ?? []
        return standing.first { $0["section"] as? String == "deck" }?["remaining"] as? Int
    }

    static func server(_ database: AppDatabase, clock: MovableClock, interval: Duration) -> CheckoutServer {
        CheckoutServer(
            database: database, settings: CheckoutAPITests.server(database).settings, clock: clock,
            changeCheckInterval: interval)
    }

    static func otherHold(_ database: AppDatabase, seat: String, now: Int64) throws {
        let parts = seat.split(separator: "|").map(String.init)
        _ = try database.placeHold(
            HoldRequest(
                sailingID: CheckoutFixture.sailing("10:30"),
                seats: [HoldRequest.Seat(section: parts[0], row: parts[1], seat: parts[2], tier: "adult")],
                standing: [], contact: try ContactDetails(name: nil, email: "other@example.ru", phone: nil),
                language: .ru), policy: CheckoutPolicy(), now: now)
    }

    @Test func ownHoldsShowAtOnceOtherWritesWithinTheCheckInterval() async throws {
        let database = try CheckoutFixture.database()
        let clock = MovableClock(CheckoutFixture.now)
        let server = Self.server(database, clock: clock, interval: .milliseconds(300))
        try await Application(responder: server.responder()).test(.router) { client in
            #expect(try await Self.freeSeats(client).count == 6)
            #expect(try await Self.deck(client) == 4)
            try await client.execute(
                uri: "/api/v1/holds", method: .post, headers: CheckoutAPITests.jsonHeaders,
                body: CheckoutAPITests.hold(seats: [("salon|1|1", "adult")])
            ) { #expect($0.status == .created) }
            #expect(try await Self.freeSeats(client).count == 5)
            try await client.execute(
                uri: "/api/v1/holds", method: .post, headers: CheckoutAPITests.jsonHeaders,
                body: CheckoutAPITests.hold(standing: [("deck", "adult", 3)])
            ) { #expect($0.status == .created) }
            #expect(try await Self.deck(client) == 1)
            // A refused hold changes nothing.
            try await client.execute(
                uri: "/api/v1/holds", method: .post, headers: CheckoutAPITests.jsonHeaders,
                body: CheckoutAPITests.hold(seats: [("salon|1|1", "adult"), ("salon|1|2", "adult")])
            ) { #expect($0.status == .conflict) }
            #expect(try await Self.freeSeats(client).count == 5)
            // A write outside this server's holds (here through the same connection, as a payment
            // would be) shows once the check interval has passed.
            try Self.otherHold(database, seat: "salon|1|2", now: clock.now())
            try await Task.sleep(for: .milliseconds(350))
            #expect(try await Self.freeSeats(client).count == 4)
        }
    }

    @Test func anotherProcessCancellingASailingShowsWithinTheCheckInterval() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("book-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("gangway.sqlite")
        let database = try CheckoutFixture.database(file: file)
        let other = try AppDatabase.open(at: file)
        let clock = MovableClock(CheckoutFixture.now)
        let server = Self.server(database, clock: clock, interval: .milliseconds(200))
        try await Application(responder: server.responder()).test(.router) { client in
            #expect(try await Self.availability(client)["sellable"] as? Bool == true)
            #expect(try await Self.freeSeats(client).count == 6)
            // Another connection's hold on a sailing this server has in memory shows.
            try Self.otherHold(other, seat: "salon|2|2", now: clock.now())
            try await Task.sleep(for: .milliseconds(250))
            #expect(try await Self.freeSeats(client).count == 5)
            // Another connection (as `gangway import` would) cancels the 10:30 sailing.
            var batch = CheckoutFixture.catalog()
            batch.sailings = batch.sailings.map { sailing in
                var sailing = sailing
                if sailing.id == CheckoutFixture.sailing("10:30") { sailing.status = .cancelled }
                return sailing
            }
            try CheckoutFixture.apply(batch, to: other, name: "cancel")
            try await Task.sleep(for: .milliseconds(250))
            let answer = try await Self.availability(client)
            #expect(answer["sellable"] as? Bool == false)
            #expect(answer["closed_reason"] as? String == "cancelled")
        }
    }

    @Test func aLapsedHoldAndClosingSalesShowWithoutAnyWrite() async throws {
        let database = try CheckoutFixture.database()
        let clock = MovableClock(CheckoutFixture.now)
        let server = Self.server(database, clock: clock, interval: .seconds(3_600))
        try await Application(responder: server.responder()).test(.router) { client in
            try await client.execute(
                uri: "/api/v1/holds", method: .post, headers: CheckoutAPITests.jsonHeaders,
                body: CheckoutAPITests.hold(seats: [("salon|1|1", "adult")])
            ) { #expect($0.status == .created) }
            #expect(try await Self.freeSeats(client).count == 5)
            clock.advance(899)
            #expect(try await Self.freeSeats(client).count == 5)
            clock.advance(1)
            #expect(try await Self.freeSeats(client).count == 6, "the hold lapsed: its seat is free again")
            // 10:30 Moscow time; sales close at the sailing's sales_close_min before it.
            let departs = try #require(
                try database.availability(sailingID: CheckoutFixture.sailing("10:30"), now: clock.now())?.changesAt)
            clock.advance(departs - clock.now())
            #expect(try await Self.availability(client)["sellable"] as? Bool == false)
        }
    }

    @Test func anUnknownSailingIsNotFoundEveryTime() async throws {
        let database = try CheckoutFixture.database()
        let server = Self.server(database, clock: MovableClock(CheckoutFixture.now), interval: .milliseconds(100))
        try await Application(responder: server.responder()).test(.router) { client in
            for _ in 0..<2 {
                try await client.execute(uri: "/api/v1/sailings/nope/availability", method: .get) {
                    #expect($0.status == .notFound)
                }
            }
        }
    }
}
