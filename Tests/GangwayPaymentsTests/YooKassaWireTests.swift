import Foundation
import GangwayCore
import GangwayPayments
import Testing

/// The ЮKassa shapes Gangway writes and reads.
struct YooKassaWireTests {
    @Test func receiptsHaveOneItemPerPlaceAndAddUpToTheKopeck() {
        let receipt = YooKassaReceiptBuilder.receipt(
            lines: [
                ReceiptLine(
                    description: "Прогулка, 14.06.2027 10:30, adult", quantity: 3, amount: Money(kopecks: 100_000)),
                ReceiptLine(
                    description: String(repeating: "д", count: 200), quantity: 1, amount: Money(kopecks: 5_000)),
                ReceiptLine(description: "free", quantity: 2, amount: .zero),
            ],
            customer: .init(email: nil, phone: "79215551234"), vatCode: 12, taxSystemCode: 2)
        #expect(receipt.items.map(\.amount.value) == ["333.34", "333.33", "333.33", "50.00"])
        #expect(YooKassaReceiptBuilder.total(receipt) == Money(kopecks: 105_000))
        #expect(
            receipt.items.allSatisfy { $0.quantity == "1.00" && $0.vatCode == 12 && $0.paymentSubject == "service" })
        #expect(receipt.items[3].description.count == 128)
    }

    @Test func theSettlementReceiptIsFullPaymentAgainstThePrepayment() throws {
        let receipt = YooKassaReceiptBuilder.receipt(
            lines: [ReceiptLine(description: "Прогулка", quantity: 2, amount: Money(kopecks: 300_001))],
            customer: .init(email: "a@example.ru", phone: nil), vatCode: 12, taxSystemCode: nil)
        let settlement = YooKassaReceiptRequest(settling: "2f000001", receipt: receipt)
        #expect(settlement.items.allSatisfy { $0.paymentMode == "full_payment" })
        #expect(settlement.settlements == [.init(type: "prepayment", amount: YooKassaAmount(Money(kopecks: 300_001)))])
        let json = String(decoding: try JSONEncoder().encode(settlement), as: UTF8.self)
        #expect(json.contains("\"payment_id\":\"2f000001\""))
        #expect(json.contains("\"send\":true"))
        #expect(!json.contains("tax_system_code"))
    }

    @Test func theDocumentedPaymentShapeIsRead() throws {
        let json = """
            {"id":"22e12f66-000f-5000-8000-18db351245c7","status":"succeeded","paid":true,
             "amount":{"value":"2.00","currency":"RUB"},"income_amount":{"value":"1.93","currency":"RUB"},
             "captured_at":"2018-07-18T17:20:50.825Z","created_at":"2018-07-18T17:18:39.345Z",
             "metadata":{"order_id":"GW-7K3M9QXD"},"test":false,"refundable":true,
             "payment_method":{"type":"bank_card","id":"x","saved":false}}
            """
        let payment = try JSONDecoder().decode(YooKassaPayment.self, from: Data(json.utf8))
        #expect(payment.isSucceeded)
        #expect(payment.amount.money == Money(kopecks: 200))
        #expect(payment.incomeAmount?.money == Money(kopecks: 193))
        #expect(payment.metadata?["order_id"] == "GW-7K3M9QXD")
    }

    @Test func webhooksGiveOnlyTheirEventAndObjectID() throws {
        let webhook = try YooKassaWebhook(
            json: Data(
                #"{"type":"notification","event":"refund.succeeded","object":{"id":"216749f7-0016-50be-b000-078d43a63ae4","status":"succeeded","amount":{"value":"999999.00","currency":"RUB"}}}"#
                    .utf8))
        #expect(webhook == YooKassaWebhook(event: .refundSucceeded, objectID: "216749f7-0016-50be-b000-078d43a63ae4"))
        for bad in [
            "", "[]", #"{"type":"other","event":"payment.succeeded","object":{"id":"a"}}"#,
            #"{"type":"notification","event":"payment.unknown","object":{"id":"a"}}"#,
            #"{"type":"notification","event":"payment.succeeded","object":{}}"#,
            #"{"type":"notification","event":"payment.succeeded","object":{"id":"../x"}}"#,
        ] {
            #expect(throws: YooKassaError.self) { try YooKassaWebhook(json: Data(bad.utf8)) }
        }
    }
}
