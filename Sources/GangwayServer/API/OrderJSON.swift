import NIOCore

/// An order's answer (``OrderBody``) written straight into a buffer, keys in JSONEncoder's sorted
/// order: Foundation's encoder was the largest single cost of answering a hold. A test compares
/// the two for orders of every shape.
enum OrderJSON {
    static func encode(_ order: OrderBody) -> ByteBuffer {
        var out = ByteBuffer()
        out.reserveCapacity(512 + order.lines.count * 200 + order.tickets.count * 260)
        out.writeStaticString("{")
        JSONText.member("created_at", order.createdAt, first: true, into: &out)
        JSONText.member("currency", order.currency, into: &out)
        JSONText.member("discount", order.discount, into: &out)
        JSONText.member("expires_at", order.expiresAt, into: &out)
        JSONText.member("fees", order.fees, into: &out)
        JSONText.member("language", order.language, into: &out)
        out.writeStaticString(",\"lines\":[")
        for (index, line) in order.lines.enumerated() {
            if index > 0 { out.writeStaticString(",") }
            out.writeStaticString("{")
            JSONText.member("amount", line.amount, first: true, into: &out)
            JSONText.member("category", line.category, into: &out)
            JSONText.member("discount", line.discount, into: &out)
            JSONText.member("kind", line.kind, into: &out)
            out.writeStaticString(",\"quantity\":")
            out.writeString(String(line.quantity))
            JSONText.member("row", line.row, into: &out)
            JSONText.member("seat", line.seat, into: &out)
            JSONText.member("section", line.section, into: &out)
            JSONText.member("tier", line.tier, into: &out)
            JSONText.member("unit_price", line.unitPrice, into: &out)
            JSONText.member("vat", line.vat, into: &out)
            out.writeStaticString("}")
        }
        out.writeStaticString("]")
        JSONText.member("order_code", order.orderCode, into: &out)
        JSONText.member("paid_at", order.paidAt, into: &out)
        if let payment = order.payment {
            out.writeStaticString(",\"payment\":{")
            JSONText.member("href", payment.href, first: true, into: &out)
            JSONText.member("method", payment.method, into: &out)
            out.writeStaticString("}")
        }
        JSONText.member("promo", order.promo, into: &out)
        JSONText.member("sailing_id", order.sailingId, into: &out)
        JSONText.member("status", order.status, into: &out)
        JSONText.member("subtotal", order.subtotal, into: &out)
        out.writeStaticString(",\"tickets\":[")
        for (index, ticket) in order.tickets.enumerated() {
            if index > 0 { out.writeStaticString(",") }
            out.writeStaticString("{")
            JSONText.member("category", ticket.category, first: true, into: &out)
            JSONText.member("code", ticket.code, into: &out)
            JSONText.member("qr_url", ticket.qrUrl, into: &out)
            JSONText.member("row", ticket.row, into: &out)
            JSONText.member("sailing_id", ticket.sailingId, into: &out)
            JSONText.member("seat", ticket.seat, into: &out)
            JSONText.member("section", ticket.section, into: &out)
            JSONText.member("status", ticket.status, into: &out)
            JSONText.member("tier", ticket.tier, into: &out)
            out.writeStaticString("}")
        }
        out.writeStaticString("]")
        JSONText.member("token", order.token, into: &out)
        JSONText.member("total", order.total, into: &out)
        JSONText.member("vat", order.vat, into: &out)
        out.writeStaticString("}")
        return out
    }
}
