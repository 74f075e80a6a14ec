import Foundation
import GangwayCore
import GangwayStore
import Testing

/// recordPayment: every payment is kept with its amounts, matched to its order by reference,
/// fulfils only a full, accepted, rouble payment, and a repeated one changes nothing.
struct PaymentRecordingTests {
    static func payment(
        _ id: String, for reference: String, gross: Int64, net: Int64? = nil, currency: String = "643",
        accepted: Bool = true
    ) -> IncomingPayment {
        IncomingPayment(
            provider: .yoomoney, providerID: id, reference: reference, gross: Money(kopecks: gross),
            net: net.map(Money.init(kopecks:)), currency: currency, occurredAt: "2027-06-14T06:00:00Z",
            accepted: accepted)
    }

    static func held(_ database: AppDatabase, seat: String = "1", now: Int64 = CheckoutFixture.now) throws
        -> (code: String, total: Int64)
    {
        let placed = try LatePaymentTests.hold(database, seat: seat, email: "a@example.ru", now: now)
        let order = try #require(try database.order(code: placed.orderCode, now: now))
        return (placed.orderCode, order.total.kopecks)
    }

    @Test func aFullPaymentFulfilsTheOrderOnceAndKeepsItsAmounts() throws {
        let database = try CheckoutFixture.database()
        let (code, total) = try Self.held(database)
        let first = try database.recordPayment(
            Self.payment("op-1", for: code, gross: total, net: total - 300), at: CheckoutFixture.now + 60)
        #expect(first.outcome == .fulfilled && !first.duplicate)
        #expect(first.order?.status == .paid && first.order?.tickets.count == 2)
        // The provider repeats the notification: the same outcome, no second ticket run.
        let again = try database.recordPayment(
            Self.payment("op-1", for: code, gross: total, net: total - 300), at: CheckoutFixture.now + 600)
        #expect(again.outcome == .fulfilled && again.duplicate)
        #expect(again.order?.tickets == first.order?.tickets)
        let recorded = try database.payments(forOrder: code)
        #expect(recorded.count == 1)
        #expect(recorded.first?.gross.kopecks == total && recorded.first?.net?.kopecks == total - 300)
        #expect(recorded.first?.fee?.kopecks == 300)
    }

    @Test func aReferenceManglingCaseSpacesAndDashesStillMatches() throws {
        let database = try CheckoutFixture.database()
        let (code, total) = try Self.held(database)
        let mangled = " " + code.lowercased() + " "
        let recorded = try database.recordPayment(
            Self.payment("op-2", for: mangled, gross: total), at: CheckoutFixture.now)
        #expect(recorded.outcome == .fulfilled)
        #expect(recorded.order?.code == code)
    }

    @Test func lessThanTheTotalIsRecordedAndFlaggedButNotFulfilled() throws {
        let database = try CheckoutFixture.database()
        let (code, total) = try Self.held(database)
        let recorded = try database.recordPayment(
            Self.payment("op-3", for: code, gross: total - 1), at: CheckoutFixture.now)
        #expect(recorded.outcome == .underpaid && recorded.outcome.needsAttention)
        #expect(recorded.order?.status == .pending)
        #expect(try database.payments(forOrder: code).map(\.outcome) == [.underpaid])
    }

    @Test func moreThanTheTotalFulfilsAndIsFlagged() throws {
        let database = try CheckoutFixture.database()
        let (code, total) = try Self.held(database)
        let recorded = try database.recordPayment(
            Self.payment("op-4", for: code, gross: total + 100), at: CheckoutFixture.now)
        #expect(recorded.outcome == .overpaid && recorded.outcome.needsAttention)
        #expect(recorded.order?.status == .paid)
    }

    @Test func aSecondPaymentForAPaidOrderIsFlaggedNotFulfilledAgain() throws {
        let database = try CheckoutFixture.database()
        let (code, total) = try Self.held(database)
        _ = try database.recordPayment(Self.payment("op-5", for: code, gross: total), at: CheckoutFixture.now)
        let twice = try database.recordPayment(Self.payment("op-6", for: code, gross: total), at: CheckoutFixture.now)
        #expect(twice.outcome == .alreadyPaid && !twice.duplicate)
        #expect(try database.payments(forOrder: code).map(\.outcome) == [.fulfilled, .alreadyPaid])
    }

    @Test func unacceptedForeignCurrencyAndUnknownReferencesAreOnlyRecorded() throws {
        let database = try CheckoutFixture.database()
        let (code, total) = try Self.held(database)
        let unaccepted = try database.recordPayment(
            Self.payment("op-7", for: code, gross: total, accepted: false), at: CheckoutFixture.now)
        #expect(unaccepted.outcome == .unaccepted && unaccepted.order?.status == .pending)
        let dollars = try database.recordPayment(
            Self.payment("op-8", for: code, gross: total, currency: "840"), at: CheckoutFixture.now)
        #expect(dollars.outcome == .wrongCurrency && dollars.order?.status == .pending)
        let stranger = try database.recordPayment(
            Self.payment("op-9", for: "NO-SUCH", gross: total), at: CheckoutFixture.now)
        #expect(stranger.outcome == .noOrder && stranger.order == nil)
    }

    @Test func aLatePaymentReclaimsFreePlacesOrNeedsResolution() throws {
        let database = try CheckoutFixture.database()
        // Free again: the hold lapsed, nobody took the seat.
        let (free, freeTotal) = try Self.held(database, seat: "1")
        let reclaimed = try database.recordPayment(
            Self.payment("op-10", for: free, gross: freeTotal), at: CheckoutFixture.now + 3_600)
        #expect(reclaimed.outcome == .fulfilled && reclaimed.order?.tickets.count == 2)
        // Gone: someone held the seat after the hold lapsed.
        let (gone, goneTotal) = try Self.held(database, seat: "2")
        _ = try LatePaymentTests.hold(database, seat: "2", email: "b@example.ru", now: CheckoutFixture.now + 120)
        let late = try database.recordPayment(
            Self.payment("op-11", for: gone, gross: goneTotal), at: CheckoutFixture.now + 130)
        #expect(late.outcome == .paidLatePlacesGone)
        #expect(late.order?.status == .needsResolution && late.order?.tickets.isEmpty == true)
    }
}
