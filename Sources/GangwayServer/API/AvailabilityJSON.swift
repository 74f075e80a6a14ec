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
            quoted(reason, into: &out)
            out.writeStaticString(",")
        }
        out.writeStaticString("\"prices\":[")
        for (index, price) in body.prices.enumerated() {
            if index > 0 { out.writeStaticString(",") }
            out.writeStaticString("{\"amount\":")
            quoted(price.amount, into: &out)
            if let category = price.category {
                out.writeStaticString(",\"category\":")
                quoted(category, into: &out)
            }
            out.writeStaticString(",\"tier\":")
            quoted(price.tier, into: &out)
            out.writeStaticString("}")
        }
        out.writeStaticString("],\"sailing_id\":")
        quoted(body.sailingId, into: &out)
        out.writeStaticString(",\"seats\":[")
        for (index, seat) in body.seats.enumerated() {
            if index > 0 { out.writeStaticString(",") }
            out.writeStaticString("{\"category\":")
            quoted(seat.category, into: &out)
            out.writeStaticString(seat.free ? ",\"free\":true,\"id\":" : ",\"free\":false,\"id\":")
            quoted(seat.id, into: &out)
            out.writeStaticString(",\"row\":")
            quoted(seat.row, into: &out)
            out.writeStaticString(",\"seat\":")
            quoted(seat.seat, into: &out)
            out.writeStaticString(",\"section\":")
            quoted(seat.section, into: &out)
            out.writeStaticString("}")
        }
        out.writeStaticString(
            body.sellable ? "],\"sellable\":true,\"standing\":[" : "],\"sellable\":false,\"standing\":[")
        for (index, area) in body.standing.enumerated() {
            if index > 0 { out.writeStaticString(",") }
            out.writeStaticString("{\"category\":")
            quoted(area.category, into: &out)
            out.writeStaticString(",\"remaining\":")
            out.writeString(String(area.remaining))
            out.writeStaticString(",\"section\":")
            quoted(area.section, into: &out)
            out.writeStaticString("}")
        }
        out.writeStaticString("]}")
        return out
    }

    /// A JSON string literal: quote, backslash and controls escaped; `<`, `>` and `&` too, so
    /// the text is also safe if a page ever inlines it.
    static func quoted(_ text: String, into out: inout ByteBuffer) {
        out.writeStaticString("\"")
        // Ids, labels and categories almost never need escaping: then the bytes go in as they are.
        if !text.utf8.contains(where: needsEscape) {
            out.writeString(text)
        } else {
            for byte in text.utf8 {
                switch byte {
                case UInt8(ascii: "\""): out.writeStaticString("\\\"")
                case UInt8(ascii: "\\"): out.writeStaticString("\\\\")
                case 0x00..<0x20, UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "&"):
                    out.writeStaticString("\\u00")
                    out.writeInteger(hexDigit(byte >> 4))
                    out.writeInteger(hexDigit(byte & 0xF))
                default: out.writeInteger(byte)
                }
            }
        }
        out.writeStaticString("\"")
    }

    static func needsEscape(_ byte: UInt8) -> Bool {
        byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || byte == UInt8(ascii: "<")
            || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "&")
    }

    static func hexDigit(_ value: UInt8) -> UInt8 {
        value < 10 ? UInt8(ascii: "0") + value : UInt8(ascii: "a") + value - 10
    }
}
