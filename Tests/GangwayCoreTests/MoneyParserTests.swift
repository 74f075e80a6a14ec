import Testing

@testable import GangwayCore

struct MoneyParserTests {
    @Test(arguments: [
        ("1500", Int64(150_000)), ("1500.00", 150_000), ("1500,00", 150_000), ("1 500,50", 150_050),
        ("1\u{00A0}500,50", 150_050), ("1\u{202F}500.5", 150_050), ("0", 0), ("0,99", 99), (" 900 ", 90_000),
        ("18 000", 1_800_000), ("+12", 1_200), ("12.3", 1_230), ("1 5 0 0", 150_000),
    ])
    func readsOperatorAmounts(text: String, kopecks: Int64) {
        #expect(MoneyParser.parse(text) == .success(Money(kopecks: kopecks)))
    }

    @Test(arguments: [
        ("-1", MoneyParser.Failure.negative), ("1500.001", .tooManyDecimals), ("1,234.50", .notANumber),
        ("", .empty), ("abc", .notANumber), ("12..5", .notANumber), ("1  500", .notANumber), (".5", .notANumber),
        ("5.", .notANumber), ("1e3", .notANumber), ("99999999999", .tooLarge), ("1 500 ,5", .notANumber),
    ])
    func refusesWhatIsNotMoney(text: String, failure: MoneyParser.Failure) {
        #expect(MoneyParser.parse(text) == .failure(failure))
    }

    @Test func decimalStringIsExact() {
        #expect(Money(kopecks: 150_005).decimalString == "1500.05")
        #expect(Money(kopecks: 7).decimalString == "0.07")
        #expect(Money(kopecks: -250).decimalString == "-2.50")
    }
}
