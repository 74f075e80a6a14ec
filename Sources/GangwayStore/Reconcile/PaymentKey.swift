/// A provider payment id in the canonical UUID form ЮKassa uses (`2d0b7f36-000f-5000-9000-1a4f…`,
/// 36 characters, lower-case hex) packed into two integers, so that a million recorded payments
/// are held as 16-byte keys instead of strings. An id in any other form (upper case, a ЮMoney
/// operation number) has no packed key; packing is exact, so equal keys mean equal ids.
struct PaymentKey: Hashable, Sendable {
    var high: UInt64
    var low: UInt64

    init(high: UInt64, low: UInt64) {
        self.high = high
        self.low = low
    }

    init?(_ id: String) {
        var id = id
        guard let key = id.withUTF8({ Self.pack($0) }) else { return nil }
        self = key
    }

    /// The key of `bytes`, or nil when they are not a canonical lower-case UUID.
    static func pack(_ bytes: UnsafeBufferPointer<UInt8>) -> PaymentKey? {
        guard bytes.count == 36 else { return nil }
        var high: UInt64 = 0
        var low: UInt64 = 0
        var digits = 0
        for index in 0..<36 {
            let byte = bytes[index]
            if index == 8 || index == 13 || index == 18 || index == 23 {
                guard byte == UInt8(ascii: "-") else { return nil }
                continue
            }
            let value: UInt64
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): value = UInt64(byte &- UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f"): value = UInt64(byte &- UInt8(ascii: "a") &+ 10)
            default: return nil
            }
            if digits < 16 { high = high << 4 | value } else { low = low << 4 | value }
            digits += 1
        }
        return PaymentKey(high: high, low: low)
    }

    /// The id it was packed from.
    var id: String {
        let symbols = Array("0123456789abcdef".utf8)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(36)
        for (part, value) in [high, low].enumerated() {
            for nibble in 0..<16 {
                let digits = part * 16 + nibble
                if digits == 8 || digits == 12 || digits == 16 || digits == 20 { bytes.append(UInt8(ascii: "-")) }
                bytes.append(symbols[Int(value >> UInt64(60 - 4 * nibble) & 15)])
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
