/// `POST /refunds`: money back to the payment's instrument, whole or part, with its receipt.
public struct YooKassaRefundRequest: Codable, Sendable, Equatable {
    public var paymentID: String
    public var amount: YooKassaAmount
    public var description: String
    public var receipt: YooKassaReceipt?

    public init(paymentID: String, amount: YooKassaAmount, description: String, receipt: YooKassaReceipt?) {
        self.paymentID = paymentID
        self.amount = amount
        self.description = String(description.prefix(250))
        self.receipt = receipt
    }

    enum CodingKeys: String, CodingKey {
        case amount, description, receipt
        case paymentID = "payment_id"
    }
}
