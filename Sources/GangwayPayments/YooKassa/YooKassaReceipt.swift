/// A 54-FZ receipt sent inside a payment, a refund or on its own (payments.md): who gets it
/// and what was sold, one item per place.
public struct YooKassaReceipt: Codable, Sendable, Equatable {
    public struct Customer: Codable, Sendable, Equatable {
        public var email: String?
        /// Digits only: `79001234567`.
        public var phone: String?

        public init(email: String?, phone: String?) {
            self.email = email
            self.phone = phone
        }
    }

    public struct Item: Codable, Sendable, Equatable {
        /// At most 128 characters.
        public var description: String
        /// `"1.00"`.
        public var quantity: String
        /// The price of one unit.
        public var amount: YooKassaAmount
        public var vatCode: Int
        /// `service` for trips.
        public var paymentSubject: String
        /// `full_prepayment` when sold before the trip, `full_payment` on the settlement receipt.
        public var paymentMode: String
        /// `piece`.
        public var measure: String

        public init(
            description: String, quantity: String = "1.00", amount: YooKassaAmount, vatCode: Int,
            paymentSubject: String = "service", paymentMode: String, measure: String = "piece"
        ) {
            self.description = description
            self.quantity = quantity
            self.amount = amount
            self.vatCode = vatCode
            self.paymentSubject = paymentSubject
            self.paymentMode = paymentMode
            self.measure = measure
        }

        enum CodingKeys: String, CodingKey {
            case description, quantity, amount, measure
            case vatCode = "vat_code"
            case paymentSubject = "payment_subject"
            case paymentMode = "payment_mode"
        }
    }

    public var customer: Customer
    public var items: [Item]
    /// 1–6, or `nil` to leave it to the shop's settings.
    public var taxSystemCode: Int?

    public init(customer: Customer, items: [Item], taxSystemCode: Int? = nil) {
        self.customer = customer
        self.items = items
        self.taxSystemCode = taxSystemCode
    }

    enum CodingKeys: String, CodingKey {
        case customer, items
        case taxSystemCode = "tax_system_code"
    }
}
