/// `POST /payments`: a one-stage payment (`capture: true`) the buyer confirms on ЮKassa's page
/// and comes back from to `return_url`, carrying our order code in `metadata.order_id`.
public struct YooKassaPaymentRequest: Codable, Sendable, Equatable {
    public struct Confirmation: Codable, Sendable, Equatable {
        public var type: String
        public var returnURL: String

        public init(returnURL: String) {
            self.type = "redirect"
            self.returnURL = returnURL
        }

        enum CodingKeys: String, CodingKey {
            case type
            case returnURL = "return_url"
        }
    }

    public var amount: YooKassaAmount
    public var capture: Bool
    public var confirmation: Confirmation
    /// At most 128 characters.
    public var description: String
    public var metadata: [String: String]
    public var receipt: YooKassaReceipt?

    public init(
        amount: YooKassaAmount, returnURL: String, description: String, orderCode: String, receipt: YooKassaReceipt?
    ) {
        self.amount = amount
        self.capture = true
        self.confirmation = Confirmation(returnURL: returnURL)
        self.description = String(description.prefix(128))
        self.metadata = ["order_id": orderCode]
        self.receipt = receipt
    }
}
