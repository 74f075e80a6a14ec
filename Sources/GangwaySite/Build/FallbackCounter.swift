import GangwayCore

/// Counts operator texts shown in Russian because their translation is missing, for the
/// build summary.
struct FallbackCounter {
    fileprivate(set) var count = 0

    /// The text in `language`, or the Russian one (counted) when the translation is missing.
    mutating func text(_ text: LocalizedText, _ language: Language) -> String {
        if let translated = text[language] { return translated }
        if language != .ru && text.ru != nil { count += 1 }
        return text.ru ?? ""
    }
}

extension FallbackCounter {
    /// Adds what another counter saw.
    mutating func absorb(_ other: FallbackCounter) { count += other.count }
}
