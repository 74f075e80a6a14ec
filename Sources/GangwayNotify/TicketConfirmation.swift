import GangwayCore

/// What a ticket confirmation says: the order, its total, and each ticket with its place and QR
/// code (SVG, drawn by the caller). Composed by ``ConfirmationComposer`` in the order's language.
public struct TicketConfirmation: Sendable {
    public struct Ticket: Sendable {
        public var code: String
        /// Row and seat, or the standing section.
        public var row: String?
        public var seat: String?
        public var section: String
        public var tier: String
        public var qrSVG: String

        public init(code: String, row: String?, seat: String?, section: String, tier: String, qrSVG: String) {
            self.code = code
            self.row = row
            self.seat = seat
            self.section = section
            self.tier = tier
            self.qrSVG = qrSVG
        }
    }

    public var orderCode: String
    public var language: Language
    public var customer: MailAddress
    public var total: Money
    public var orderPageURL: String
    public var tickets: [Ticket]

    public init(
        orderCode: String, language: Language, customer: MailAddress, total: Money, orderPageURL: String,
        tickets: [Ticket]
    ) {
        self.orderCode = orderCode
        self.language = language
        self.customer = customer
        self.total = total
        self.orderPageURL = orderPageURL
        self.tickets = tickets
    }
}
