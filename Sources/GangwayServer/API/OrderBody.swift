import Foundation
import GangwayCore
import GangwayStore

/// An order in API responses: `GET /api/v1/orders/{code}` and, with its token and the way to
/// pay, the 201 of `POST /api/v1/holds`.
struct OrderBody: Encodable {
    enum CodingKeys: String, CodingKey {
        case orderCode = "order_code"
        case token
        case status
        case language
        case sailingId = "sailing_id"
        case promo
        case createdAt = "created_at"
        case expiresAt = "expires_at"
        case paidAt = "paid_at"
        case lines
        case subtotal
        case discount
        case fees
        case vat
        case total
        case currency
        case tickets
        case payment
    }

    struct Line: Encodable {
        enum CodingKeys: String, CodingKey {
            case kind
            case section
            case row
            case seat
            case tier
            case category
            case quantity
            case unitPrice = "unit_price"
            case amount
            case discount
            case vat
        }

        var kind: String
        var section: String?
        var row: String?
        var seat: String?
        var tier: String
        var category: String?
        var quantity: Int
        var unitPrice: String
        var amount: String
        var discount: String
        var vat: String
    }

    struct Ticket: Encodable {
        enum CodingKeys: String, CodingKey {
            case code
            case sailingId = "sailing_id"
            case section
            case row
            case seat
            case tier
            case category
            case status
            case qrUrl = "qr_url"
        }

        var code: String
        var sailingId: String
        var section: String
        var row: String?
        var seat: String?
        var tier: String
        var category: String
        var status: String
        /// The ticket's QR code as an SVG document.
        var qrUrl: String
    }

    struct Payment: Encodable {
        var method: String
        var href: String
    }

    var orderCode: String
    var token: String?
    var status: String
    var language: String
    var sailingId: String?
    var promo: String?
    var createdAt: String
    var expiresAt: String
    var paidAt: String?
    var lines: [Line]
    var subtotal: String
    var discount: String
    var fees: String
    var vat: String
    var total: String
    var currency = "RUB"
    var tickets: [Ticket]
    var payment: Payment?

    init(_ order: OrderDetails, token: String? = nil) {
        orderCode = order.code
        self.token = token
        status = order.status.rawValue
        language = order.language.rawValue
        sailingId = order.sailingID
        promo = order.promoCode
        createdAt = Self.timestamp(order.createdAt)
        expiresAt = Self.timestamp(order.expiresAt)
        paidAt = order.paidAt.map(Self.timestamp)
        lines = order.lines.map {
            Line(
                kind: $0.kind.rawValue, section: $0.section, row: $0.row, seat: $0.seat, tier: $0.tier,
                category: $0.category, quantity: $0.quantity, unitPrice: $0.unitPrice.decimalString,
                amount: $0.amount.decimalString, discount: $0.discount.decimalString, vat: $0.vat.decimalString)
        }
        subtotal = order.subtotal.decimalString
        discount = order.discount.decimalString
        fees = order.fee.decimalString
        vat = order.vat.decimalString
        total = order.total.decimalString
        let query = token.map { "?token=\($0)" } ?? ""
        tickets = order.tickets.map {
            Ticket(
                code: $0.code, sailingId: $0.sailingID, section: $0.section, row: $0.row, seat: $0.seat, tier: $0.tier,
                category: $0.category, status: $0.status,
                qrUrl: "/api/v1/orders/\(order.code)/tickets/\($0.code)/qr.svg" + query)
        }
        if order.status == .pending, let token {
            payment = Payment(method: "POST", href: "/api/v1/orders/\(order.code)/payment?token=\(token)")
        }
    }

    /// `2026-11-25T09:15:00Z`.
    static func timestamp(_ seconds: Int64) -> String { UTCTimestamp.iso8601(seconds) }
}
