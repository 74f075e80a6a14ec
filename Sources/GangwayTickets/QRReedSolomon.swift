/// The Reed–Solomon error correction code of QR codes: a generator polynomial of a given degree
/// whose roots are 2⁰, 2¹, … 2ⁿ⁻¹ in GF(256), and the remainder of data divided by it.
struct QRReedSolomon: Sendable {
    /// The generator's coefficients from the highest power down, without the leading 1.
    let generator: [UInt8]

    /// Makes the generator for `degree` error correction codewords (1 to 255).
    init(degree: Int) {
        precondition((1...255).contains(degree), "Reed–Solomon degree must be 1 to 255")
        let field = QRGaloisField.shared
        // Start from the polynomial 1 and multiply by (x − 2^i) for each i.
        var coefficients = [UInt8](repeating: 0, count: degree)
        coefficients[degree - 1] = 1
        for i in 0..<degree {
            let root = field.power(i)
            for j in 0..<degree {
                coefficients[j] = field.multiply(coefficients[j], root)
                if j + 1 < degree { coefficients[j] ^= coefficients[j + 1] }
            }
        }
        generator = coefficients
    }

    /// The error correction codewords for `data`: the remainder of data·xⁿ divided by the generator.
    func remainder<Data: Collection<UInt8>>(of data: Data) -> [UInt8] {
        let field = QRGaloisField.shared
        let degree = generator.count
        var result = [UInt8](repeating: 0, count: degree)
        for byte in data {
            let factor = byte ^ result[0]
            for i in 0..<(degree - 1) {
                result[i] = result[i + 1] ^ field.multiply(generator[i], factor)
            }
            result[degree - 1] = field.multiply(generator[degree - 1], factor)
        }
        return result
    }
}
