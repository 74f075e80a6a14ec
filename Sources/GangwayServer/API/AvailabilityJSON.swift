import NIOCore

/// The availability answer written straight into a buffer: Foundation's JSONEncoder was most of
/// the cost of an answer for a 150-seat sailing. Same keys and values as ``AvailabilityBody``
/// (a test compares the two).
enum AvailabilityJSON {
    static func encode(_ body: AvailabilityBody) -> ByteBuffer {
        var out = ByteBuffer()
        out.reserveCapacity(256 + body.seats.count * 96)
        out.writeStaticString("{")
        if let reason = body.closedReason {
            out.writeStaticString("\"closed_reason\":")
            JSONText.quoted(reason, into: &out)
            out.writeStaticString(",")
        }
        out.writeStaticString("\"prices\":[")
        for (index, price) in body.prices.enumerated() {
            if index > 0 { out.writeStaticString(",") }
            out.writeStaticString("{\"amount\":")
            JSONText.quoted(price.amount, into: &out)
            if let category = price.category {
                out.writeStaticString(",\"category\":")
                JSONText.quoted(category, into: &out)
            }
            out.writeStaticString(",\"tier\":")
            JSONText.quoted(price.tier, into: &out)
            out.writeStaticString("}")
        }
        out.writeStaticString("],\"sailing_id\":")
        JSONText.quoted(body.sailingId, into: &out)
        out.writeStaticString(",\"seats\":[")
        for (index, seat) in body.seats.enumerated() {
            if index > 0 { out.writeStaticString(",") }
            out.writeStaticString("{\"category\":")
            JSONText.quoted(seat.category, into: &out)
            out.writeStaticString(seat.free ? ",\"free\":true,\"id\":" : ",\"free\":false,\"id\":")
            JSONText.quoted(seat.id, into: &out)
            out.writeStaticString(",\"row\":")
            JSONText.quoted(seat.row, into: &out)
            out.writeStaticString(",\"seat\":")
            JSONText.quoted(seat.seat, into: &out)
            out.writeStaticString(",\"section\":")
            JSONText.quoted(seat.section, into: &out)
            out.writeStaticString("}")
        }
        out.writeStaticString(
            body.sellable ? "],\"sellable\":true,\"standing\":[" : "],\"sellable\":false,\"standing\":[")
        for (index, area) in body.standing.enumerated() {
            if index > 0 { out.writeStaticString(",") }
            out.writeStaticString("{\"category\":")
            JSONText.quoted(area.category, into: &out)
            out.writeStaticString(",\"remaining\":")
            out.writeString(String(area.remaining))
            out.writeStaticString(",\"section\":")
            JSONText.quoted(area.section, into: &out)
            out.writeStaticString("}")
        }
        out.writeStaticString("]}")
        return out
    }
}
