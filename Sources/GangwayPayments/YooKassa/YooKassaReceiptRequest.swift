/// `POST /receipts`: a receipt on its own — here the settlement receipt (`full_payment`, settled
/// against the prepayment) due once the trip takes place.
public struct YooKassaReceiptRequest: Codable, Sendable, Equatable {
    public struct Settlement: Codable, Sendable, Equatable {
        public var type: String
        public var amount: YooKassaAmount

        public init(type: String, amount: YooKassaAmount) {
            self.type = type
            self.amount = amount
        }
    }

    public var type: String
    public var paymentID: String
    public var customer: YooKassaReceipt.Customer
    public var items: [YooKassaReceipt.Item]
    public var settlements: [Settlement]
    public var send: Bool
    public var taxSystemCode: Int?

    /// The settlement receipt of a prepaid payment: the same places, `full_payment`, settled by
    /// the prepayment already received.
    public init(settling paymentID: String, receipt: YooKassaReceipt) {
        self.type = "payment"
        self.paymentID = paymentID
        self.customer = receipt.customer
        self.items = receipt.items.map { item in
            var settled = item
            settled.paymentMode = "full_payment"
            return settled
        }
        let total = receipt.items.reduce(Int64(0)) { $0 + ($1.amount.money?.kopecks ?? 0) }
        self.settlements = [Settlement(type: "prepayment", amount: YooKassaAmount(.init(kopecks: total)))]
        self.send = true
        self.taxSystemCode = receipt.taxSystemCode
    }

    enum CodingKeys: String, CodingKey {
        case type, customer, items, settlements, send
        case paymentID = "payment_id"
        case taxSystemCode = "tax_system_code"
    }
}
