import Testing

@testable import GangwayReconcile

@Suite("Order codes in free text")
struct OrderReferenceTests {
    @Test(
        "Mangled spellings of one code are found",
        arguments: [
            "Заказ GW-7K3M9QXD", "оплата заказа gw 7k3m 9qxd", "GW7K3M9QXD", "GW–7К3М9QХD", "Order: gw_7k3m-9qxd.",
            "7K3M9QXD", "  7k3m-9qxd ", "GW-7K3M9QXD оплачен", "№GW.7K3M.9QXD", "ＧＷ－７Ｋ３Ｍ９ＱＸＤ", "gw 7k3m 9qxd, спасибо",
            "GW-7КЗМ9QХD",
        ])
    func found(text: String) {
        #expect(OrderReference.candidates(in: text) == ["GW-7K3M9QXD"])
    }

    @Test(
        "Texts without a code give nothing",
        arguments: [
            "Оплата экскурсии", "GW-7K3M9", "GATEWAY12345678", "", "GW-7K3M9QXD2", "GW-7K3M9QX1", "Заказ GW-ПРИВЕТ12",
            "PASSWORD", "DONATION", "7K3M9QX", "GW-0O0O0O0O", "Г W-7K3M9QXD", "Г-7K3M9QXD",
        ])
    func nothing(text: String) {
        #expect(OrderReference.candidates(in: text) == [])
    }

    @Test("An O or 0 where the alphabet has none offers both Q and D")
    func misreadSymbols() {
        #expect(OrderReference.candidates(in: "GW-7K3M9OXD") == ["GW-7K3M9QXD", "GW-7K3M9DXD"])
        #expect(
            OrderReference.candidates(in: "gw-7k3m90x0") == [
                "GW-7K3M9QXQ", "GW-7K3M9QXD", "GW-7K3M9DXQ", "GW-7K3M9DXD",
            ])
        #expect(OrderReference.candidates(in: "GW-7K3MOOXO") == [])
        #expect(OrderReference.canonical("GW-7K3M9OXD") == nil)
    }

    @Test("Several codes in one text come back in order, once each")
    func severalCodes() {
        #expect(
            OrderReference.candidates(in: "GW-7K3M9QXD и GW-4HJ8NPQR, снова gw7k3m9qxd")
                == ["GW-7K3M9QXD", "GW-4HJ8NPQR"])
    }

    @Test(
        "A single typed code is read canonically",
        arguments: [
            ("gw-7k3m9qxd", "GW-7K3M9QXD"), (" GW 7K3M 9QXD ", "GW-7K3M9QXD"), ("7k3m9qxd", "GW-7K3M9QXD"),
            ("GW–7К3М9QХD", "GW-7K3M9QXD"), ("Заказ GW-7K3M9QXD", nil), ("GW-7K3M9QXD GW-4HJ8NPQR", nil),
            ("GW-7K3M", nil),
        ])
    func canonical(text: String, code: String?) {
        #expect(OrderReference.canonical(text) == code)
    }

    @Test("Codes the generator makes are found in any case")
    func generatedCodes() {
        var generator = SplitMix(seed: 42)
        for _ in 0..<200 {
            let symbols = String(
                (0..<8).map { _ in Character(Unicode.Scalar(OrderReference.alphabet.randomElement(using: &generator)!))
                })
            #expect(OrderReference.candidates(in: "оплата gw-\(symbols.lowercased())") == ["GW-" + symbols])
            #expect(OrderReference.canonical(symbols) == "GW-" + symbols)
        }
    }
}

/// A seeded generator so the property test is repeatable.
struct SplitMix: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// ``OrderReference/first(in:)`` is a shortcut: it must never disagree with the full reading.
struct OrderReferenceFastPathTests {
    /// The fast reading gives exactly what the full one gives first, however the text is written.
    @Test(arguments: [
        "Заказ GW-7K3M9QXD", "GW-7K3M9QXD", "GW-7K3M9QXD.", "GW-7K3M9QXD, спасибо", "GW-7K3M9QXD-2",
        "GW-7K3M9QXD2", "GW-7K3M9QX", "gw-7k3m9qxd", "Оплата gw 7k3m 9qxd и GW-4HJ8NPQR", "GW-7K3M9QXD GW-4HJ8NPQR",
        "GW–7К3М9QХD", "ＧW-7K3M9QXD", "ＧＷ-4HJ8NPQR then GW-7K3M9QXD", "GW-7K3M9Q0D", "GW-7K3M 9QXD", "GW_7K3M9QXD",
        "GATEWAY GW-7K3M9QXD", "G GW-7K3M9QXD", "7K3M9QXD", "", "Оплата экскурсии", "GW-7K3M9QXD)", "xGW-7K3M9QXD",
    ])
    func theFastReadingAgreesWithTheFullOne(_ text: String) {
        #expect(OrderReference.first(in: text) == OrderReference.candidates(in: text).first)
    }
}
