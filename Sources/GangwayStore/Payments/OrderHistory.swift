import GangwayCore

/// Everything support needs about one order (`gangway order show`): the order, its customer,
/// every payment, refund and recorded action, oldest first.
public struct OrderHistory: Sendable, Equatable {
    public struct Refund: Sendable, Equatable {
        public var provider: PaymentProviderKind
        public var paymentProviderID: String?
        public var amount: Money
        public var tickets: [String]
        public var reason: String
        public var status: String
        public var createdBy: String
        public var createdAt: Int64
    }

    public struct Action: Sendable, Equatable {
        public var at: Int64
        public var actor: String
        public var action: String
        public var detail: String
    }

    public var order: OrderDetails
    public var customerName: String
    public var email: String?
    public var phone: String?
    public var payments: [RecordedPayment]
    public var refunds: [Refund]
    public var actions: [Action]
}
