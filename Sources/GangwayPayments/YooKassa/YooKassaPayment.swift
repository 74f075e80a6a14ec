/// A payment as the ЮKassa API returns it (the fields Gangway reads; others are ignored).
public struct YooKassaPayment: Codable, Sendable, Equatable {
    public struct Confirmation: Codable, Sendable, Equatable {
        public var type: String
        public var confirmationURL: String?

        public init(type: String, confirmationURL: String?) {
            self.type = type
            self.confirmationURL = confirmationURL
        }

        enum CodingKeys: String, CodingKey {
            case type
            case confirmationURL = "confirmation_url"
        }
    }

    public var id: String
    /// `pending`, `waiting_for_capture`, `succeeded` or `canceled`.
    public var status: String
    public var amount: YooKassaAmount
    /// The amount less the commission and its VAT, once known.
    public var incomeAmount: YooKassaAmount?
    public var confirmation: Confirmation?
    public var createdAt: String
    public var capturedAt: String?
    public var metadata: [String: String]?
    public var test: Bool?
    public var paid: Bool?
    public var description: String?

    public init(
        id: String, status: String, amount: YooKassaAmount, incomeAmount: YooKassaAmount? = nil,
        confirmation: Confirmation? = nil, createdAt: String, capturedAt: String? = nil,
        metadata: [String: String]? = nil, test: Bool? = nil, paid: Bool? = nil
    ) {
        self.id = id
        self.status = status
        self.amount = amount
        self.incomeAmount = incomeAmount
        self.confirmation = confirmation
        self.createdAt = createdAt
        self.capturedAt = capturedAt
        self.metadata = metadata
        self.test = test
        self.paid = paid
    }

    /// Final states: nothing more will happen to the payment.
    public var isSucceeded: Bool { status == "succeeded" }
    public var isCanceled: Bool { status == "canceled" }

    enum CodingKeys: String, CodingKey {
        case id, status, amount, confirmation, metadata, test, paid, description
        case incomeAmount = "income_amount"
        case createdAt = "created_at"
        case capturedAt = "captured_at"
    }
}
