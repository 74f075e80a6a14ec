import Foundation
import GRDB
import GangwayCore
import Testing

@testable import GangwayStore

/// Group commit of holds: several holds in one write transaction, one savepoint each.
struct HoldBatchTests {
    static let policy = CheckoutPolicy(holdSeconds: 900, maximumPlaces: 6)

    static func request(
        sailing: String = CheckoutFixture.sailing("10:30"), seats: [String] = [], standing: Int = 0,
        email: String = "ivan@example.ru"
    ) throws -> HoldRequest {
        HoldRequest(
            sailingID: sailing,
            seats: seats.map {
                let parts = $0.split(separator: "|").map(String.init)
                return HoldRequest.Seat(section: parts[0], row: parts[1], seat: parts[2], tier: "adult")
            },
            standing: standing > 0 ? [HoldRequest.Standing(section: "deck", tier: "adult", quantity: standing)] : [],
            contact: try ContactDetails(name: "Ivan", email: email, phone: nil), language: .ru)
    }

    static func queued(_ database: AppDatabase, _ requests: [HoldRequest]) throws -> [QueuedHold] {
        try requests.map { try database.queueHold($0, policy: policy, now: CheckoutFixture.now) }
    }

    static func free(_ database: AppDatabase) throws -> (seats: Set<String>, deck: Int) {
        let found = try #require(
            try database.availability(sailingID: CheckoutFixture.sailing("10:30"), now: CheckoutFixture.now))
        return (
            Set(found.seats.filter(\.free).map(\.id)), found.standing.first { $0.section == "deck" }?.remaining ?? -1
        )
    }

    static func failure(_ result: Result<PlacedHold, any Error>) -> (any Error)? {
        if case .failure(let error) = result { return error }
        return nil
    }

    @Test func aBatchWhereSomeHoldsFailAndOthersSucceed() throws {
        let database = try CheckoutFixture.database()
        let outcome = database.placeHolds(
            try Self.queued(
                database,
                [
                    try Self.request(seats: ["salon|1|1"], email: "a@example.ru"),
                    try Self.request(sailing: "nope", seats: ["salon|1|2"], email: "b@example.ru"),
                    try Self.request(seats: ["salon|9|9"], email: "c@example.ru"),
                    try Self.request(standing: 5, email: "d@example.ru"),
                    try Self.request(
                        sailing: CheckoutFixture.sailing("12:00"), seats: ["salon|1|2"], email: "e@example.ru"),
                    try Self.request(standing: 2, email: "f@example.ru"),
                    try Self.request(seats: ["salon|2|1"], email: "g@example.ru"),
                ]))
        #expect(outcome.transactions.count == 1)
        #expect(outcome.results.count == 7)
        #expect((try? outcome.results[0].get()) != nil)
        #expect(Self.failure(outcome.results[1]) as? HoldFailure == .unknownSailing("nope"))
        guard case .invalid = Self.failure(outcome.results[2]) as? HoldFailure else {
            Issue.record("a seat the layout lacks is invalid: \(outcome.results[2])")
            return
        }
        #expect(
            Self.failure(outcome.results[3]) as? HoldFailure
                == .notEnoughPlaces([HoldFailure.Shortfall(section: "deck", requested: 5, remaining: 4)]))
        #expect(Self.failure(outcome.results[4]) as? HoldFailure == .closed(.cancelled))
        #expect((try? outcome.results[5].get()) != nil)
        #expect((try? outcome.results[6].get()) != nil)
        #expect(
            outcome.transactions.first?.placed.map(\.orderCode)
                == [0, 5, 6].compactMap {
                    try? outcome.results[$0].get().orderCode
                })
        // Only the three that succeeded were written, nothing of the four that failed.
        #expect(try database.orderCounts()[.pending] == 3)
        let free = try Self.free(database)
        #expect(free.seats == ["salon|1|2", "salon|1|3", "salon|2|2", "salon|2|3"])
        #expect(free.deck == 2)
    }

    @Test func twoHoldsRacingForTheSameSeatInOneBatch() throws {
        let database = try CheckoutFixture.database()
        let outcome = database.placeHolds(
            try Self.queued(
                database,
                [
                    try Self.request(seats: ["salon|1|2"], email: "first@example.ru"),
                    try Self.request(seats: ["salon|1|3", "salon|1|2"], email: "second@example.ru"),
                    try Self.request(standing: 3, email: "third@example.ru"),
                    try Self.request(standing: 2, email: "fourth@example.ru"),
                ]))
        #expect(outcome.transactions.count == 1)
        #expect((try? outcome.results[0].get()) != nil)
        #expect(Self.failure(outcome.results[1]) as? HoldFailure == .seatsTaken(["salon|1|2"]))
        #expect((try? outcome.results[2].get()) != nil)
        #expect(
            Self.failure(outcome.results[3]) as? HoldFailure
                == .notEnoughPlaces([HoldFailure.Shortfall(section: "deck", requested: 2, remaining: 1)]))
        // The loser's claim of 1|3 went with its savepoint: the seat is free and can be held.
        let free = try Self.free(database)
        #expect(free.seats.contains("salon|1|3"))
        #expect(!free.seats.contains("salon|1|2"))
        #expect(free.deck == 1)
        #expect(throws: Never.self) {
            try database.placeHold(
                try Self.request(seats: ["salon|1|3"]), policy: Self.policy, now: CheckoutFixture.now)
        }
    }

    @Test func aFailureMidBatchFailsThatHoldAlone() throws {
        let database = try CheckoutFixture.database()
        // A real SQLite error for one customer: the statement fails, its savepoint is rolled back.
        try database.writer.write { db in
            try db.execute(
                sql: """
                    CREATE TEMP TRIGGER refuse_customer BEFORE INSERT ON customer
                    WHEN NEW.email = 'broken@example.ru' BEGIN SELECT RAISE(ABORT, 'refused'); END
                    """)
        }
        let outcome = database.placeHolds(
            try Self.queued(
                database,
                [
                    try Self.request(seats: ["salon|1|1"], email: "a@example.ru"),
                    try Self.request(seats: ["salon|1|2"], email: "broken@example.ru"),
                    try Self.request(seats: ["salon|1|3"], email: "c@example.ru"),
                ]))
        #expect(outcome.transactions.count == 1)
        #expect((try? outcome.results[0].get()) != nil)
        #expect(Self.failure(outcome.results[1]) is DatabaseError)
        #expect((try? outcome.results[2].get()) != nil)
        #expect(try Self.free(database).seats == ["salon|2|1", "salon|2|2", "salon|2|3", "salon|1|2"])
        #expect(try database.orderCounts()[.pending] == 2)
    }

    @Test func aFailureThatEndsTheTransactionRetriesTheOthersAlone() throws {
        let database = try CheckoutFixture.database()
        // RAISE(ROLLBACK) ends the whole shared transaction: nothing of it stays, and every hold is
        // tried again in its own transaction, so only the broken one fails.
        try database.writer.write { db in
            try db.execute(
                sql: """
                    CREATE TEMP TRIGGER end_transaction BEFORE INSERT ON customer
                    WHEN NEW.email = 'broken@example.ru' BEGIN SELECT RAISE(ROLLBACK, 'rolled back'); END
                    """)
        }
        let outcome = database.placeHolds(
            try Self.queued(
                database,
                [
                    try Self.request(seats: ["salon|1|1"], email: "a@example.ru"),
                    try Self.request(seats: ["salon|1|2"], email: "broken@example.ru"),
                    try Self.request(seats: ["salon|1|1"], email: "c@example.ru"),
                    try Self.request(seats: ["salon|2|2"], email: "d@example.ru"),
                ]))
        #expect(outcome.transactions.count == 3)
        #expect((try? outcome.results[0].get()) != nil)
        #expect(Self.failure(outcome.results[1]) is DatabaseError)
        #expect(Self.failure(outcome.results[2]) as? HoldFailure == .seatsTaken(["salon|1|1"]))
        #expect((try? outcome.results[3].get()) != nil)
        #expect(try Self.free(database).seats == ["salon|1|2", "salon|1|3", "salon|2|1", "salon|2|3"])
        #expect(try database.orderCounts()[.pending] == 2)
        // Each transaction reports where the writer stood before and after it, in order.
        let tokens = outcome.transactions.flatMap { [$0.before, $0.after] }
        #expect(zip(tokens, tokens.dropFirst()).allSatisfy { $0.ownChanges <= $1.ownChanges })
    }

    @Test func holdsArrivingDuringATransactionShareTheNextOne() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("batch-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        // A file database: readers go on while the writer is busy, as in the server.
        let database = try CheckoutFixture.database(file: folder.appendingPathComponent("gangway.sqlite"))
        let queue = HoldQueue(database: database, maximumBatch: 4)
        // Keep the writer busy until the holds have piled up behind it.
        let (started, release) = (DispatchSemaphore(value: 0), DispatchSemaphore(value: 0))
        let busy = Thread {
            try? database.writer.writeWithoutTransaction { _ in
                started.signal()
                release.wait()
            }
        }
        busy.start()
        started.wait()
        let seats = ["salon|1|1", "salon|1|2", "salon|1|3", "salon|2|1", "salon|2|2", "salon|2|3"]
        let clients = Task {
            try await withThrowingTaskGroup(of: String?.self) { group in
                for client in 0..<12 {
                    group.addTask {
                        let seat = seats[client % seats.count]
                        let placed = try? await queue.place(
                            try Self.request(seats: [seat], email: "c\(client)@example.ru"), policy: Self.policy,
                            now: CheckoutFixture.now)
                        return placed == nil ? nil : seat
                    }
                }
                return try await group.reduce(into: [String]()) { if let seat = $1 { $0.append(seat) } }
            }
        }
        // The first batch (at most 4) waits for the writer; the 8 or more others wait in the queue.
        for _ in 0..<600 where queue.statistics.waiting < 8 { try await Task.sleep(for: .milliseconds(50)) }
        #expect(queue.statistics.waiting >= 8)
        release.signal()
        let won = try await clients.value
        #expect(won.sorted() == seats.sorted(), "each seat won exactly once")
        let statistics = queue.statistics
        #expect(statistics.holds == 12)
        #expect(statistics.largestBatch == 4, "at most maximumBatch a transaction, and they did pile up")
        #expect(statistics.batches < 12)
        #expect(try Self.free(database).seats.isEmpty)
    }

    @Test func statementJournalsInMemoryStillRollBackALosingHoldAlone() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("journal-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let database = try CheckoutFixture.database(file: folder.appendingPathComponent("gangway.sqlite"))
        #expect(try database.writerTempStore() == 0)
        try database.keepStatementJournalsInMemory()
        #expect(try database.writerTempStore() == 2)
        // The second hold claims 1|3, then loses 1|2: its savepoint, journalled in memory now, undoes
        // the claim of 1|3 and nothing else of the transaction.
        let outcome = database.placeHolds(
            try Self.queued(
                database,
                [
                    try Self.request(seats: ["salon|1|2"], email: "first@example.ru"),
                    try Self.request(seats: ["salon|1|3", "salon|1|2"], email: "second@example.ru"),
                    try Self.request(seats: ["salon|2|1"], email: "third@example.ru"),
                ]))
        #expect(outcome.transactions.count == 1)
        #expect(Self.failure(outcome.results[1]) as? HoldFailure == .seatsTaken(["salon|1|2"]))
        #expect(try database.orderCounts()[.pending] == 2)
        let free = try Self.free(database)
        #expect(free.seats == ["salon|1|1", "salon|1|3", "salon|2|2", "salon|2|3"])
    }
}
