import Foundation

/// CLDR cardinal plural rules for whole numbers, written out as tables for the three site languages
/// (no locale data is read from the machine).
///
/// - Russian: `one` when n % 10 = 1 and n % 100 ≠ 11 (1, 21, 101, 1001); `few` when n % 10 is 2–4 and
///   n % 100 is not 12–14 (2, 3, 4, 22, 104); `many` for every other whole number (0, 5, 11, 12, 14, 25,
///   111). CLDR's `other` is for fractions only; catalogues still carry it (it is the fallback form).
/// - English: `one` for 1, `other` otherwise.
/// - Chinese: `other` always.
///
/// A negative count takes the category of its magnitude.
public enum PluralRules {
    /// The category `count` selects in `language`.
    public static func category(for count: Int, language: Language) -> PluralCategory {
        let n = count.magnitude
        switch language {
        case .ru:
            let mod10 = n % 10
            let mod100 = n % 100
            if mod10 == 1 && mod100 != 11 { return .one }
            if (2...4).contains(mod10) && !(12...14).contains(mod100) { return .few }
            return .many
        case .en:
            return n == 1 ? .one : .other
        case .zh:
            return .other
        }
    }

    /// The forms a plural message must have in `language`, in CLDR order.
    public static func categories(for language: Language) -> [PluralCategory] {
        switch language {
        case .ru: [.one, .few, .many, .other]
        case .en: [.one, .other]
        case .zh: [.other]
        }
    }
}
