import Foundation
import Testing

@testable import GangwayCore

struct VATRateTests {
    @Test(arguments: [
        (150_000, 27_049),  // 1 500,00 → 270,49 (270,4918…)
        (100, 18),  // 1,00 → 0,18 (0,1803…)
        (61, 11),  // 0,61 → 0,11 (0,11 exactly: 61 × 22 / 122)
        (183, 33),  // 1,83 → 0,33 (0,33 exactly)
        (0, 0),
        (-150_000, -27_049),  // a refund line: symmetric
    ])
    func vatInsideAVATInclusiveAmountRoundsHalfAwayFromZero(gross: Int64, vat: Int64) {
        #expect(VATRate.standard.vat(in: Money(kopecks: gross)) == Money(kopecks: vat))
    }

    @Test func halfAKopeckRoundsUp() {
        // A rate where the half shows: 1/2 of 0,03 is 0,015.
        let half = VATRate(numerator: 1, denominator: 2)
        #expect(half?.vat(in: Money(kopecks: 3)) == Money(kopecks: 2))
        #expect(half?.vat(in: Money(kopecks: -3)) == Money(kopecks: -2))
    }

    @Test(arguments: ["22/122", " 10 / 110 ", "0/1"])
    func parsesFractions(text: String) { #expect(VATRate(parsing: text) != nil) }

    @Test(arguments: ["22%", "122/22", "1/0", "-1/5", "", "22/122/1", "x/y"])
    func refusesWhatIsNotAFraction(text: String) { #expect(VATRate(parsing: text) == nil) }
}

struct OrderPricingTests {
    static let today = LocalDate(year: 2027, month: 6, day: 1) ?? LocalDate(dayNumber: 0)

    static func line(_ tier: String, _ price: Int64, quantity: Int = 1, product: String = "tour") -> PricingLine {
        PricingLine(
            kind: quantity == 1 ? .seat : .standing, productID: product, tier: tier, category: nil, quantity: quantity,
            unitPrice: Money(kopecks: price))
    }

    /// (lines, promo, fee) → (discounts per line, VAT total, total), in kopecks.
    @Test(arguments: [
        // No promo, no fee.
        ([line("adult", 150_000)], nil as Promo?, 0, [0], 27_049, 150_000),
        // 10 % of 3 × 333,33 = 99,99, rounded down from 99,999.
        (
            [line("adult", 33_333, quantity: 3)], Promo(code: "P", discount: .percent(basisPoints: 1_000)), 0, [9_999],
            16_230, 90_000
        ),
        // 10 % over lines of 1,00 / 1,00 / 1,00 → 0,30 total, 0,10 each.
        (
            [line("a", 100), line("b", 100), line("c", 100)], Promo(code: "P", discount: .percent(basisPoints: 1_000)),
            0, [10, 10, 10], 48, 270
        ),
        // 0,10 off three lines of 1,00: 0,04 + 0,03 + 0,03 (largest remainder, ties to the first).
        (
            [line("a", 100), line("b", 100), line("c", 100)], Promo(code: "P", discount: .amount(Money(kopecks: 10))),
            0,
            [4, 3, 3], 51, 290
        ),
        // An amount larger than the places it covers is capped.
        (
            [line("child", 90_000)], Promo(code: "P", discount: .amount(Money(kopecks: 100_000))), 0, [90_000], 0, 0
        ),
        // Only children covered, one place per order: 50 % of one 900,00.
        (
            [line("adult", 150_000), line("child", 90_000, quantity: 2)],
            Promo(code: "P", discount: .percent(basisPoints: 5_000), tiers: ["child"], maximumPerOrder: 1), 0,
            [0, 45_000], 51_393, 285_000
        ),
        // A fee of 50,00 carries its own VAT (9,02).
        ([line("adult", 150_000)], nil, 5_000, [0], 27_951, 155_000),
    ])
    func linesAddUpToTheTotals(
        lines: [PricingLine], promo: Promo?, fee: Int64, discounts: [Int64], vat: Int64, total: Int64
    ) throws {
        let pricing = OrderPricing(vatRate: .standard, serviceFee: Money(kopecks: fee))
        let order = try pricing.price(lines, promo: promo, today: Self.today)
        #expect(order.lines.map(\.discount.kopecks) == discounts)
        #expect(order.vat.kopecks == vat)
        #expect(order.total.kopecks == total)
        #expect(order.total.kopecks == order.subtotal.kopecks - order.discount.kopecks + order.fee.kopecks)
        #expect(order.vat.kopecks == order.lines.reduce(order.feeVAT.kopecks) { $0 + $1.vat.kopecks })
        #expect(order.lines.allSatisfy { $0.vat == VATRate.standard.vat(in: $0.payable) })
    }

    @Test func aRandomOrderAlwaysAddsUp() throws {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<500 {
            let lines = (0..<Int.random(in: 1...6, using: &generator)).map { index in
                Self.line(
                    ["adult", "child", "concession"][index % 3], Int64.random(in: 1...900_000, using: &generator),
                    quantity: Int.random(in: 1...4, using: &generator))
            }
            let promo =
                Bool.random(using: &generator)
                ? Promo(code: "P", discount: .percent(basisPoints: Int.random(in: 1...10_000, using: &generator)))
                : Promo(
                    code: "P", discount: .amount(Money(kopecks: Int64.random(in: 1...2_000_000, using: &generator))))
            let order = try OrderPricing(serviceFee: Money(kopecks: 3_000)).price(
                lines, promo: promo, today: Self.today)
            #expect(order.discount.kopecks <= order.subtotal.kopecks)
            #expect(order.lines.allSatisfy { $0.discount.kopecks >= 0 && $0.discount.kopecks <= $0.amount.kopecks })
            #expect(order.total.kopecks == order.subtotal.kopecks - order.discount.kopecks + 3_000)
            #expect(order.vat.kopecks == order.lines.reduce(order.feeVAT.kopecks) { $0 + $1.vat.kopecks })
            if case .percent(let points) = promo.discount {
                #expect(order.discount.kopecks == order.subtotal.kopecks * Int64(points) / 10_000)
            }
        }
    }

    @Test(arguments: [
        (
            Promo(code: "P", discount: .percent(basisPoints: 100), validFrom: LocalDate(year: 2027, month: 6, day: 2)),
            PromoRejection.notYetValid(LocalDate(year: 2027, month: 6, day: 2) ?? LocalDate(dayNumber: 0))
        ),
        (
            Promo(code: "P", discount: .percent(basisPoints: 100), validTo: LocalDate(year: 2027, month: 5, day: 31)),
            .expired(LocalDate(year: 2027, month: 5, day: 31) ?? LocalDate(dayNumber: 0))
        ),
        (Promo(code: "P", discount: .percent(basisPoints: 100), productIDs: ["other"]), .notApplicable),
        (
            Promo(code: "P", discount: .percent(basisPoints: 100), minimumOrder: Money(kopecks: 150_001)),
            .belowMinimum(Money(kopecks: 150_001))
        ),
    ])
    func promoRulesRefuse(promo: Promo, rejection: PromoRejection) {
        #expect(throws: rejection) {
            try OrderPricing().price([Self.line("adult", 150_000)], promo: promo, today: Self.today)
        }
    }

    @Test func aPromoValidOnItsLastDayApplies() throws {
        let promo = Promo(code: "P", discount: .percent(basisPoints: 100), validTo: Self.today)
        #expect(
            try OrderPricing().price([Self.line("adult", 150_000)], promo: promo, today: Self.today).discount.kopecks
                == 1_500)
    }
}

struct ContactAndCodeTests {
    @Test(arguments: [
        ("8 (921) 555-12-34", "+79215551234"), ("+7 921 555 12 34", "+79215551234"), ("79215551234", "+79215551234"),
        ("9215551234", "+79215551234"), ("+86 138 0013 8000", "+8613800138000"),
    ])
    func phonesBecomeE164(text: String, e164: String) { #expect(ContactDetails.normalisePhone(text) == e164) }

    @Test(arguments: ["12345", "+7 921 abc", "921-555", "+0 123 456 789", "++79215551234"])
    func badPhonesAreRefused(text: String) { #expect(ContactDetails.normalisePhone(text) == nil) }

    @Test func emailsAreLowerCasedAndChecked() throws {
        #expect(ContactDetails.normaliseEmail(" Ivan.Petrov@Mail.RU ") == "ivan.petrov@mail.ru")
        for bad in ["ivan", "ivan@", "@mail.ru", "ivan@mail", "a b@mail.ru", "ivan@@mail.ru", "<a>@mail.ru"] {
            #expect(ContactDetails.normaliseEmail(bad) == nil, "\(bad)")
        }
        #expect(throws: ContactDetails.Problem.missingContact) { try ContactDetails(name: "x", email: " ", phone: nil) }
        #expect(try ContactDetails(name: " Анна ", email: nil, phone: "8 921 555 12 34").name == "Анна")
    }

    @Test func trimmingTakesTheShortCutOnlyWhenFoundationWouldChangeNothing() {
        for text in [
            "", "a", " a ", "ivan@example.ru", "\tx\n", "\u{00A0}Анна\u{00A0}", "Анна", "a\u{2003}", "\u{3000}张伟",
            "  ", "x y",
        ] {
            #expect(ContactDetails.trimmed(text) == text.trimmingCharacters(in: .whitespacesAndNewlines), "\(text)")
        }
    }

    @Test func codesUseTheReadableAlphabetAndDoNotRepeat() {
        let alphabet = Set("23456789ABCDEFGHJKLMNPQRSTUVWXYZ")
        #expect(alphabet.count == 32)
        var seen: Set<String> = []
        for _ in 0..<2_000 {
            let ticket = ReadableCode.ticketCode()
            #expect(ticket.count == 19)
            #expect(ticket.replacingOccurrences(of: "-", with: "").allSatisfy(alphabet.contains))
            #expect(seen.insert(ticket).inserted)
        }
        #expect(ReadableCode.orderCode().hasPrefix("GW-"))
        #expect(ReadableCode.token().count == 32)
        #expect(ReadableCode.normalise(" gw-7k3m 9qxd ") == "GW-7K3M9QXD")
    }

    /// A generator that hands out fixed words and counts how often it was asked.
    struct FixedWords: RandomNumberGenerator {
        var words: [UInt64]
        var draws = 0

        mutating func next() -> UInt64 {
            defer { draws += 1 }
            return words[draws % words.count]
        }
    }

    @Test func eachDrawGivesTwelveSymbolsFiveBitsAtATime() {
        // Symbol k of a draw is bits 5k…5k+4: 0, 1, …, 11 here, then the next word's 31.
        var word: UInt64 = 0
        for k in 0..<12 { word |= UInt64(k) << (5 * k) }
        var generator = FixedWords(words: [word, UInt64.max])
        #expect(ReadableCode.random(length: 13, using: &generator) == "23456789ABCDZ")
        #expect(generator.draws == 2)
        var counting = FixedWords(words: [0])
        _ = ReadableCode.random(length: 32, using: &counting)
        #expect(counting.draws == 3)
        #expect(ReadableCode.random(length: 0, using: &counting).isEmpty)
        #expect(counting.draws == 3)
    }

    @Test func symbolsComeOutEvenly() {
        // 64,000 symbols from the system generator: each of the 32 expected 2,000 times (a
        // standard deviation of about 44); a bias of a bit or a lost symbol falls far outside.
        var counts: [Character: Int] = [:]
        for _ in 0..<2_000 { for symbol in ReadableCode.token() { counts[symbol, default: 0] += 1 } }
        #expect(counts.count == 32)
        #expect(counts.values.allSatisfy { (1_700...2_300).contains($0) })
    }
}
