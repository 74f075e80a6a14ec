import GangwayCore
import Testing

@testable import GangwayStore

/// The in-memory half of reconciliation: payment ids packed into two integers, the recorded
/// payments of the judged days, and how one payment row is judged.
struct PaymentMatchingTests {
    static func row(
        provider: String = "yookassa", gross: Int64? = 150_000, net: Int64? = nil, currency: String = "RUB",
        status: String? = nil, at time: Int64 = 1_000, orderRef: String? = "GW-ABCDEFGH"
    ) -> ExportPaymentRow {
        ExportPaymentRow(
            id: 7, provider: provider, providerID: "", gross: gross, net: net, commission: 4_500, currency: currency,
            occurredAt: time, day: "2027-06-14", orderRef: orderRef, status: status, fileID: 1, location: 4)
    }

    static func paid(_ outcome: PaymentOutcome = .fulfilled, gross: Int64 = 150_000, net: Int64? = nil)
        -> KnownPayment
    {
        KnownPayment(rowID: 1, outcome: outcome, gross: gross, net: net)
    }

    static let pending = OrderFacts(code: "GW-ABCDEFGH", status: "pending", total: 150_000, expiresAt: 2_000)

    @Test func aCanonicalIdPacksExactlyAndBack() throws {
        let id = "2d0b7f36-000f-5000-9000-1a4f8e2b3c4d"
        let key = try #require(PaymentKey(id))
        #expect(key.id == id)
        #expect(key == PaymentKey("2d0b7f36-000f-5000-9000-1a4f8e2b3c4d"))
        #expect(key != PaymentKey("2d0b7f36-000f-5000-9000-1a4f8e2b3c4e"))
        #expect(PaymentKey("30000000-000f-5000-8000-000000000000")?.id == "30000000-000f-5000-8000-000000000000")
    }

    @Test func otherIdsDoNotPack() {
        for id in [
            "2D0B7F36-000F-5000-9000-1A4F8E2B3C4D",  // upper case is another id to SQLite
            "2d0b7f36-000f-5000-9000-1a4f8e2b3c4", "2d0b7f36-000f-5000-9000-1a4f8e2b3c4d0",
            "2d0b7f36x000f-5000-9000-1a4f8e2b3c4d", "2d0b7f36-000f-5000-9000-1a4f8e2b3c4g", "670244335488002312", "",
        ] {
            #expect(PaymentKey(id) == nil, "\(id)")
        }
    }

    @Test func recordedPaymentsAreFoundByEitherKindOfIdAndMarkedShown() {
        let payments = KnownPayments()
        payments.add(id: "2d0b7f36-000f-5000-9000-1a4f8e2b3c4d", KnownPayment(rowID: 3, outcome: .fulfilled, gross: 1))
        payments.add(id: "op-1", KnownPayment(rowID: 1, outcome: .overpaid, gross: 2))
        payments.add(id: "op-2", KnownPayment(rowID: 2, outcome: .underpaid, gross: 3))
        payments.add(id: "op-3", KnownPayment(rowID: 4, outcome: .paidLatePlacesGone, gross: 4))
        #expect(payments.count == 4)
        #expect(payments.contains(id: "op-1") && !payments.contains(id: "op-9"))
        #expect(payments.contains(id: "2d0b7f36-000f-5000-9000-1a4f8e2b3c4d"))
        #expect(!payments.contains(id: "2D0B7F36-000F-5000-9000-1A4F8E2B3C4D"))
        #expect(payments.show(id: "op-9") == nil)
        #expect(payments.show(id: "op-3")?.gross == 4)
        // Not shown and paying an order, in the order recorded; an underpayment paid no order.
        #expect(payments.unshownPaid().map(\.id) == ["op-1", "2d0b7f36-000f-5000-9000-1a4f8e2b3c4d"])
        #expect(payments.show(id: "2d0b7f36-000f-5000-9000-1a4f8e2b3c4d")?.shown == true)
        #expect(payments.unshownPaid().map(\.rowID) == [1])
    }

    @Test func aRowIsJudgedAgainstItsRecordedPaymentFirst() {
        func outcome(_ row: ExportPaymentRow, _ payment: KnownPayment?) -> ReconcileOutcome {
            PaymentJudgement.outcome(of: row, payment: payment) { Self.pending }
        }
        #expect(outcome(Self.row(), Self.paid()) == .matched)
        #expect(outcome(Self.row(gross: 149_999), Self.paid()) == .amountDiffers)
        #expect(outcome(Self.row(gross: nil), Self.paid()) == .amountDiffers)
        #expect(outcome(Self.row(), Self.paid(.alreadyPaid)) == .paidTwice)
        #expect(outcome(Self.row(), Self.paid(.paidLatePlacesGone)) == .latePayment)
        #expect(outcome(Self.row(), Self.paid(.notPayable)) == .latePayment)
        #expect(outcome(Self.row(), Self.paid(.noOrder)) == .noOrder)
        #expect(outcome(Self.row(), Self.paid(.underpaid)) == .amountDiffers)
        #expect(outcome(Self.row(), Self.paid(.unaccepted)) == .paidNotRecorded)
        #expect(outcome(Self.row(status: "refused"), Self.paid()) == .notCredited)
        #expect(outcome(Self.row(currency: "USD"), Self.paid()) == .wrongCurrency)
        // ЮMoney: the credited amounts are compared.
        let wallet = Self.row(provider: "yoomoney", gross: nil, net: 145_000)
        #expect(outcome(wallet, Self.paid(net: 145_000)) == .matched)
        #expect(outcome(wallet, Self.paid(net: nil)) == .amountDiffers)
        #expect(outcome(wallet, Self.paid(net: 144_000)) == .amountDiffers)
    }

    @Test func withNoRecordedPaymentTheNamedOrderDecides() {
        var asked = 0
        func outcome(_ row: ExportPaymentRow, _ order: OrderFacts?) -> ReconcileOutcome {
            PaymentJudgement.outcome(of: row, payment: nil) {
                asked += 1
                return order
            }
        }
        #expect(outcome(Self.row(), nil) == .noOrder)
        #expect(outcome(Self.row(), Self.pending) == .paidNotRecorded)
        #expect(outcome(Self.row(gross: 100), Self.pending) == .amountDiffers)
        #expect(outcome(Self.row(at: 2_000), Self.pending) == .latePayment)
        for status in ["paid", "refunded", "needs_resolution"] {
            var order = Self.pending
            order.status = status
            #expect(outcome(Self.row(), order) == .paidTwice)
        }
        #expect(asked == 7)
        // The order is not asked for when the payment decides.
        _ = PaymentJudgement.outcome(of: Self.row(), payment: Self.paid()) {
            Issue.record("the order was looked up for a recorded payment")
            return nil
        }
    }

    @Test func aFindingCarriesTheExpectedAmountAndFee() {
        var order = Self.pending
        order.total = 160_000
        let short = PaymentJudgement.finding(
            .amountDiffers, row: Self.row(), payment: Self.paid(.underpaid), paymentOrder: "GW-ABCDEFGH", order: order)
        #expect(
            short
                == PaymentJudgement(
                    outcome: .amountDiffers, orderCode: "GW-ABCDEFGH", expected: 160_000, actual: 150_000, fee: 4_500))
        let other = PaymentJudgement.finding(
            .amountDiffers, row: Self.row(gross: 1), payment: Self.paid(), paymentOrder: nil, order: nil)
        #expect(other.expected == 150_000 && other.orderCode == nil && other.actual == 1)
        let wallet = Self.row(provider: "yoomoney", gross: nil, net: 140_000)
        let notified = PaymentJudgement.finding(
            .amountDiffers, row: wallet, payment: Self.paid(gross: 150_000, net: 145_000), paymentOrder: nil,
            order: order)
        #expect(notified.expected == 145_000 && notified.fee == 10_000 && notified.actual == 140_000)
        let silent = PaymentJudgement.finding(
            .paidNotRecorded, row: wallet, payment: nil, paymentOrder: nil, order: order)
        #expect(silent.expected == 160_000 && silent.fee == 20_000 && silent.orderCode == "GW-ABCDEFGH")
    }
}
