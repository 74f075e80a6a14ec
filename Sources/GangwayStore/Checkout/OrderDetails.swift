import GangwayCore

/// An order as the customer and support see it: status, lines, totals and, once paid, tickets.
public struct OrderDetails: Sendable, Equatable {
    public struct Line: Sendable, Equatable {
        public var kind: PricingLine.Kind
        public var sailingID: String?
        public var section: String?
        public var row: String?
        public var seat: String?
        public var tier: String
        public var category: String?
        public var quantity: Int
        public var unitPrice: Money
        public var amount: Money
        public var discount: Money
        public var vat: Money
    }

    public struct Ticket: Sendable, Equatable {
        public var code: String
        public var sailingID: String
        public var section: String
        public var row: String?
        public var seat: String?
        public var category: String
        public var tier: String
        public var status: String
    }

    public var code: String
    public var kind: String
    public var status: OrderStatus
    public var language: Language
    public var sailingID: String?
    public var vesselID: String?
    public var promoCode: String?
    public var lines: [Line]
    public var subtotal: Money
    public var discount: Money
    public var fee: Money
    public var vat: Money
    public var total: Money
    public var createdAt: Int64
    public var expiresAt: Int64
    public var paidAt: Int64?
    public var tickets: [Ticket]
}
