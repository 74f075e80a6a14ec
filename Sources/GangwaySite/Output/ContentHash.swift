/// A fast 64-bit hash of a file's bytes, for telling whether a page on disk is still the one the
/// writer wrote when its size or time no longer match (after a copy that did not keep times).
/// Not cryptographic: the site folder is the writer's own, and nothing trusts this hash with a
/// secret. Eight bytes at a time, about twenty times cheaper than SHA-256 (which was a fifth of a
/// full build).
enum ContentHash {
    /// 16 lower-case hex digits.
    static func hex(_ bytes: [UInt8]) -> String {
        // The rounds of xxHash64 on one lane, and its avalanche: a word is multiplied before it
        // meets the state, so no bit of one word can cancel what the last word left behind.
        let (prime1, prime2, prime3): (UInt64, UInt64, UInt64) = (
            0x9E37_79B1_85EB_CA87, 0xC2B2_AE3D_27D4_EB4F, 0x1656_67B1_9E37_79F9
        )
        var hash = prime3 &+ UInt64(bytes.count)
        bytes.withUnsafeBytes { raw in
            var offset = 0
            while offset + 8 <= raw.count {
                let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
                hash = (hash &+ word &* prime2).rotatedLeft(by: 31) &* prime1
                offset += 8
            }
            while offset < raw.count {
                hash = (hash ^ (UInt64(raw[offset]) &* prime3)).rotatedLeft(by: 11) &* prime1
                offset += 1
            }
        }
        hash ^= hash >> 33
        hash = hash &* prime2
        hash ^= hash >> 29
        hash = hash &* prime3
        hash ^= hash >> 32
        let digits = Array("0123456789abcdef".utf8)
        var out = [UInt8](repeating: 0, count: 16)
        for index in 0..<16 { out[index] = digits[Int((hash >> UInt64(60 - 4 * index)) & 0xF)] }
        return String(decoding: out, as: UTF8.self)
    }
}

extension UInt64 {
    fileprivate func rotatedLeft(by count: UInt64) -> UInt64 { (self << count) | (self >> (64 - count)) }
}
