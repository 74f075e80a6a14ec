import NIOCore

/// JSON text written straight into a buffer, for the answers written by hand (``AvailabilityJSON``,
/// ``OrderJSON``).
enum JSONText {
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

    /// `"key":"value"` after a comma unless it is the first member; nothing when `value` is nil.
    static func member(_ key: StaticString, _ value: String?, first: Bool = false, into out: inout ByteBuffer) {
        guard let value else { return }
        if !first { out.writeStaticString(",") }
        out.writeStaticString("\"")
        out.writeStaticString(key)
        out.writeStaticString("\":")
        quoted(value, into: &out)
    }
}
