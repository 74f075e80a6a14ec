import Foundation
import GangwayCore
import Testing

@testable import GangwaySite

struct PluralRulesTests {
    static let russian: [(Int, PluralCategory)] = [
        (0, .many), (1, .one), (2, .few), (3, .few), (4, .few), (5, .many), (9, .many), (10, .many),
        (11, .many), (12, .many), (13, .many), (14, .many), (15, .many), (19, .many), (20, .many),
        (21, .one), (22, .few), (24, .few), (25, .many), (31, .one), (100, .many), (101, .one), (102, .few),
        (104, .few), (105, .many), (111, .many), (112, .many), (114, .many), (121, .one), (122, .few),
        (1001, .one), (1011, .many), (1012, .many), (1022, .few), (1_000_000, .many), (1_000_001, .one),
    ]

    @Test(arguments: russian)
    func russianFollowsTheCLDRRules(count: Int, expected: PluralCategory) {
        #expect(PluralRules.category(for: count, language: .ru) == expected)
    }

    @Test(arguments: [(0, PluralCategory.other), (1, .one), (2, .other), (11, .other), (21, .other), (101, .other)])
    func englishHasOneAndOther(count: Int, expected: PluralCategory) {
        #expect(PluralRules.category(for: count, language: .en) == expected)
    }

    @Test(arguments: [0, 1, 2, 5, 21, 1001])
    func chineseAlwaysUsesOther(count: Int) {
        #expect(PluralRules.category(for: count, language: .zh) == .other)
    }

    @Test func negativeCountsTakeTheCategoryOfTheirMagnitude() {
        #expect(PluralRules.category(for: -1, language: .ru) == .one)
        #expect(PluralRules.category(for: -22, language: .ru) == .few)
        #expect(PluralRules.category(for: -1, language: .en) == .one)
        #expect(PluralRules.category(for: Int.min, language: .ru) == .many)
    }

    @Test func russianWholeNumbersNeverNeedTheFractionForm() {
        for count in 0...10_000 {
            let category = PluralRules.category(for: count, language: .ru)
            #expect([.one, .few, .many].contains(category), "\(count) gave \(category)")
        }
    }

    /// The ending a Russian speaker picks for "место" by its last two digits, written differently
    /// from the rule: the teens take "мест", otherwise the last digit decides.
    @Test func russianAgreesWithTheWordEndingsOfMesto() {
        for count in 0...2_000 {
            let lastTwo = count % 100
            let expected: PluralCategory =
                (11...19).contains(lastTwo) ? .many : [1: .one, 2: .few, 3: .few, 4: .few][count % 10] ?? .many
            #expect(PluralRules.category(for: count, language: .ru) == expected, "\(count)")
        }
    }

    @Test func eachLanguageListsTheFormsItsCataloguesNeed() {
        #expect(PluralRules.categories(for: .ru) == [.one, .few, .many, .other])
        #expect(PluralRules.categories(for: .en) == [.one, .other])
        #expect(PluralRules.categories(for: .zh) == [.other])
    }

    @Test(arguments: Language.allCases)
    func everyCategoryChosenIsOneTheLanguageLists(language: Language) {
        let allowed = Set(PluralRules.categories(for: language))
        for count in 0...500 { #expect(allowed.contains(PluralRules.category(for: count, language: language))) }
    }
}
