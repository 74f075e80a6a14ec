/// Random codes people read aloud and type: 32 symbols without look-alikes (no 0/O, 1/I),
/// 5 bits each, from the system's cryptographic generator (`getrandom` on Linux). Each 64-bit
/// draw gives 12 symbols (32 is a power of two, so taking 5 bits at a time has no bias): a token
/// costs three draws, not one system call per symbol.
public enum ReadableCode {
    /// `length` random symbols.
    public static func random(length: Int) -> String {
        var generator = SystemRandomNumberGenerator()
        return random(length: length, using: &generator)
    }

    public static func random<G: RandomNumberGenerator>(length: Int, using generator: inout G) -> String {
        String(unsafeUninitializedCapacity: max(length, 0)) { buffer in
            var bits: UInt64 = 0
            var left = 0
            for index in 0..<buffer.count {
                if left == 0 {
                    bits = generator.next()
                    left = symbolsPerDraw
                }
                buffer[index] = symbols[Int(truncatingIfNeeded: bits & 31)]
                bits >>= 5
                left -= 1
            }
            return buffer.count
        }
    }

    /// The 32 symbols: digits 2–9 and the letters without I and O (0 and 1 are left out, so L
    /// and the remaining letters cannot be mistaken for them).
    static let symbols = Array("23456789ABCDEFGHJKLMNPQRSTUVWXYZ".utf8)

    /// Whole 5-bit symbols in one 64-bit draw (the 4 bits left over are dropped).
    static let symbolsPerDraw = 12

    /// An order code: `GW-` and 8 symbols (40 bits; the database refuses a repeat, and the
    /// caller draws again).
    public static func orderCode() -> String { "GW-" + random(length: 8) }

    /// A ticket code: 16 symbols in groups of four (80 bits of randomness), `7K3M-9QXD-…`.
    public static func ticketCode() -> String {
        let raw = Array(random(length: 16))
        return stride(from: 0, to: 16, by: 4).map { String(raw[$0..<($0 + 4)]) }.joined(separator: "-")
    }

    /// An order's secret for customer look-ups: 32 symbols (160 bits). Only its SHA-256 is stored.
    public static func token() -> String { random(length: 32) }

    /// Reads a code as people type it: upper-cased, spaces dropped.
    public static func normalise(_ text: String) -> String {
        String(text.uppercased().filter { !$0.isWhitespace })
    }
}
