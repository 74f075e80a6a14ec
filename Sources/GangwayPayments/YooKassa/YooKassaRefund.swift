/// A refund as the ЮKassa API returns it.
public struct YooKassaRefund: Codable, Sendable, Equatable {
    public var id: String
    public var paymentID: String
    /// `pending`, `succeeded` or `canceled`.
    public var status: String
    public var amount: YooKassaAmount
    public var createdAt: String

    public init(id: String, paymentID: String, status: String, amount: YooKassaAmount, createdAt: String) {
        self.id = id
        self.paymentID = paymentID
        self.status = status
        self.amount = amount
        self.createdAt = createdAt
    }

    enum CodingKeys: String, CodingKey {
        case id, status, amount
        case paymentID = "payment_id"
        case createdAt = "created_at"
    }
}
