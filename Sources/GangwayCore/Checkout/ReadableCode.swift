/// Random codes people read aloud and type: 32 symbols without look-alikes (no 0/O, 1/I),
/// 5 bits each, from the system's cryptographic generator (`getrandom` on Linux).
public enum ReadableCode {
    /// `length` random symbols.
    public static func random(length: Int) -> String {
        var generator = SystemRandomNumberGenerator()
        return random(length: length, using: &generator)
    }

    public static func random<G: RandomNumberGenerator>(length: Int, using generator: inout G) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(length)
        for _ in 0..<length { bytes.append(symbols[Int(generator.next(upperBound: UInt32(symbols.count)))]) }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The 32 symbols: digits 2–9 and the letters without I and O (0 and 1 are left out, so L
    /// and the remaining letters cannot be mistaken for them).
    static let symbols = Array("23456789ABCDEFGHJKLMNPQRSTUVWXYZ".utf8)

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
