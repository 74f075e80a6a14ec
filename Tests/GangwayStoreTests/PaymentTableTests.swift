import Testing

@testable import GangwayStore

/// The open-addressing table that holds a run's recorded payments by packed id.
struct PaymentTableTests {
    static func key(_ index: Int) -> PaymentKey {
        // Keys that differ in one half only, and in few bits, so that probing is exercised.
        PaymentKey(high: 0x3000_0000_000f_5000 &+ UInt64(index >> 3), low: UInt64(index & 7) << 60)
    }

    @Test func everyKeyAddedIsFoundThroughGrowthAndNoOtherIs() {
        var table = PaymentTable()
        for index in 0..<5_000 {
            table.add(Self.key(index), KnownPayment(rowID: Int64(index), outcome: .fulfilled, gross: Int64(index)))
        }
        #expect(table.count == 5_000)
        for index in 0..<5_000 {
            #expect(table.payment(Self.key(index))?.rowID == Int64(index))
        }
        for index in 5_000..<5_100 {
            #expect(table.payment(Self.key(index)) == nil)
        }
        #expect(table.payment(PaymentKey(high: 0, low: 0)) == nil)
        #expect(table.all.map(\.1.rowID) == (0..<5_000).map(Int64.init))
    }

    @Test func addingAKeyAgainReplacesItsPaymentAndShowingMarksItInPlace() {
        var table = PaymentTable()
        let zero = PaymentKey(high: 0, low: 0)  // a UUID of zeros is a key like any other
        table.add(zero, KnownPayment(rowID: 1, outcome: .fulfilled, gross: 100))
        table.add(Self.key(1), KnownPayment(rowID: 2, outcome: .fulfilled, gross: 200))
        table.add(zero, KnownPayment(rowID: 1, outcome: .overpaid, gross: 150))
        #expect(table.count == 2)
        #expect(table.payment(zero)?.outcome == .overpaid)
        #expect(table.show(zero)?.shown == true)
        #expect(table.payment(zero)?.shown == true)
        #expect(table.payment(Self.key(1))?.shown == false)
        #expect(table.show(Self.key(2)) == nil)
    }
}
