import Foundation

/// A CLDR plural category: the form of a word a number asks for ("1 место", "2 места", "5 мест").
///
/// The cases are in CLDR order. Which of them a language uses is ``PluralRules/categories(for:)``.
public enum PluralCategory: String, Sendable, Hashable, Codable, CaseIterable, CustomStringConvertible {
    case zero
    case one
    case two
    case few
    case many
    case other

    public var description: String { rawValue }
}
