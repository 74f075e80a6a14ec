/// The language of operator-facing reports (import errors, summaries): Russian by default,
/// English by configuration. Customer-facing text uses ``Language`` (ru, en, zh).
public enum OperatorLanguage: String, Sendable, Hashable, Codable, CaseIterable {
    case ru
    case en

    /// Picks the Russian or the English text.
    @inlinable
    public func pick(_ ru: @autoclosure () -> String, _ en: @autoclosure () -> String) -> String {
        self == .ru ? ru() : en()
    }
}
