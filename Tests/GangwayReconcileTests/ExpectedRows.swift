import Foundation

@testable import GangwayReconcile

/// The rows the payment and refund fixtures hold, written out by hand.
enum ExpectedRows {
    /// `payments-ru-*.csv` (records on lines 4–6); XLSX and English variants differ only as noted.
    static func payments(lines: [Int] = [4, 5, 6], english: Bool = false) -> [ExportRow] {
        [
            ExportRow(
                provider: .yookassa, kind: .payment, providerID: "2c1f0d7e-000f-5000-8000-1a2b3c4d5e6f", gross: 150_000,
                net: 144_510, commission: 4500, commissionVAT: 990, currency: "RUB",
                occurredAt: FixtureSupport.moscow(2026, 7, 12, 9, 15, 3),
                reference: english ? "Order GW-7K3M9QXD" : "Заказ GW-7K3M9QXD", method: "AC", location: lines[0]),
            ExportRow(
                provider: .yookassa, kind: .payment, providerID: "2c1f0d80-000f-5000-9000-0b1c2d3e4f50", gross: 10_000,
                net: 9634, commission: 300, commissionVAT: 66, currency: "RUB",
                occurredAt: FixtureSupport.moscow(2026, 7, 12, 17, 46, 58),
                reference: english ? "payment for order gw 4hj8 npqr" : "оплата заказа gw 4hj8 npqr", method: "CP",
                location: lines[1]),
            ExportRow(
                provider: .yookassa, kind: .payment, providerID: "2c1f0d81-000f-5000-a000-1c2d3e4f5061", gross: 245_050,
                net: 236_081, commission: 7352, commissionVAT: 1617, currency: "RUB",
                occurredAt: FixtureSupport.moscow(2026, 7, 12, 23, 59, 0),
                reference: english ? "Valaam excursion" : "Оплата экскурсии «Валаам»", method: "SB", location: lines[2]),
        ]
    }

    static let paymentTotals = ExportTotals(
        count: 3, gross: 405_050, net: 390_225, commission: 12_152, commissionVAT: 2673)

    /// `refunds-ru.csv` (records on lines 4–5).
    static func refunds(lines: [Int] = [4, 5]) -> [ExportRow] {
        [
            ExportRow(
                provider: .yookassa, kind: .refund, providerID: "30a1b2c3-0015-5000-8000-111111111111",
                paymentID: "2c1f0d7e-000f-5000-8000-1a2b3c4d5e6f", gross: 150_000, net: nil, currency: "RUB",
                occurredAt: FixtureSupport.moscow(2026, 7, 13, 10, 0, 0), reference: "Возврат по заказу GW-7K3M9QXD",
                location: lines[0]),
            ExportRow(
                provider: .yookassa, kind: .refund, providerID: "30a1b2c4-0015-5000-8000-222222222222",
                paymentID: "2c1f0d80-000f-5000-9000-0b1c2d3e4f50", gross: 5000, net: nil, currency: "RUB",
                occurredAt: FixtureSupport.moscow(2026, 7, 13, 11, 30, 15), reference: "Частичный возврат GW-4HJ8NPQR",
                location: lines[1]),
        ]
    }
}
