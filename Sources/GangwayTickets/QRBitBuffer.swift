/// A sequence of bits written most significant bit first and packed into bytes.
struct QRBitBuffer: Sendable {
    /// The packed bytes; the last one may be partly filled, with its unused low bits zero.
    private(set) var bytes: [UInt8] = []
    /// How many bits have been written.
    private(set) var count = 0

    init(capacity: Int = 0) {
        bytes.reserveCapacity(capacity)
    }

    /// Appends the low `width` bits of `value`, highest first.
    mutating func append(_ value: Int, bits width: Int) {
        precondition(width >= 0 && width <= 31 && value >> width == 0, "value does not fit in its width")
        for shift in stride(from: width - 1, through: 0, by: -1) {
            appendBit(value >> shift & 1 == 1)
        }
    }

    /// Appends whole bytes, taking the fast path when the buffer is byte aligned.
    mutating func append<Bytes: Sequence<UInt8>>(bytes more: Bytes) {
        if count % 8 == 0 {
            let before = bytes.count
            bytes.append(contentsOf: more)
            count += (bytes.count - before) * 8
        } else {
            for byte in more { append(Int(byte), bits: 8) }
        }
    }

    private mutating func appendBit(_ bit: Bool) {
        if count % 8 == 0 { bytes.append(0) }
        if bit { bytes[bytes.count - 1] |= UInt8(0x80) >> UInt8(count % 8) }
        count += 1
    }
}
