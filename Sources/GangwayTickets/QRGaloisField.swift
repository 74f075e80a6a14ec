/// Arithmetic in GF(256) with the QR code polynomial x⁸ + x⁴ + x³ + x² + 1 (0x11D), done with
/// logarithm tables built once.
struct QRGaloisField: Sendable {
    /// The shared tables. They are built on first use and never change.
    static let shared = QRGaloisField()

    /// `exponents[i]` is 2 to the power i. It is 512 long so that the sum of two logarithms can be
    /// looked up without reducing it modulo 255.
    private let exponents: [UInt8]
    /// `logarithms[x]` is the power of 2 that gives x; entry 0 is unused.
    private let logarithms: [UInt8]

    private init() {
        var exponents = [UInt8](repeating: 0, count: 512)
        var logarithms = [UInt8](repeating: 0, count: 256)
        var value = 1
        for power in 0..<255 {
            exponents[power] = UInt8(value)
            logarithms[value] = UInt8(power)
            value <<= 1
            if value > 0xFF { value ^= 0x11D }
        }
        for power in 255..<512 { exponents[power] = exponents[power - 255] }
        self.exponents = exponents
        self.logarithms = logarithms
    }

    /// The product of two field elements.
    func multiply(_ a: UInt8, _ b: UInt8) -> UInt8 {
        if a == 0 || b == 0 { return 0 }
        return exponents[Int(logarithms[Int(a)]) + Int(logarithms[Int(b)])]
    }

    /// 2 to the power `power` (0 to 254).
    func power(_ power: Int) -> UInt8 { exponents[power] }
}
