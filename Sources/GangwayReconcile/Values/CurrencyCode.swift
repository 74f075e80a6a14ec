/// Currency codes as registries write them, normalised to ISO 4217.
enum CurrencyCode {
    /// `RUB`, `RUR`, `643`, `руб`, `руб.` and `рубль` → `RUB`; three ASCII letters or digits → upper-cased
    /// as written; anything else → nil.
    static func normalise(_ text: String) -> String? {
        var code = RegistryText.trimmed(text).uppercased()
        if code.hasSuffix(".") { code.removeLast() }
        switch code {
        case "RUB", "RUR", "643", "РУБ", "РУБЛЬ", "РУБЛИ", "РУБЛЕЙ": return "RUB"
        default: break
        }
        let scalars = code.unicodeScalars
        guard scalars.count == 3,
            scalars.allSatisfy({ ("A"..."Z").contains($0) }) || scalars.allSatisfy({ ("0"..."9").contains($0) })
        else { return nil }
        return code
    }

    /// The fast path for the common case: the bytes are exactly `RUB`.
    @inline(__always)
    static func isRUB(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        bytes.count == 3 && bytes[0] == UInt8(ascii: "R") && bytes[1] == UInt8(ascii: "U")
            && bytes[2] == UInt8(ascii: "B")
    }
}
