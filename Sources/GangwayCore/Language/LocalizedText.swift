/// An operator text in up to three languages; Russian is the one that must be there.
public struct LocalizedText: Sendable, Hashable, Codable {
    public var ru: String?
    public var en: String?
    public var zh: String?

    public init(ru: String? = nil, en: String? = nil, zh: String? = nil) {
        self.ru = ru
        self.en = en
        self.zh = zh
    }

    public subscript(language: Language) -> String? {
        switch language {
        case .ru: ru
        case .en: en
        case .zh: zh
        }
    }

    /// The text in `language`, or the Russian text when that translation is missing.
    public func resolved(_ language: Language) -> String? { self[language] ?? ru }

    public var isEmpty: Bool { ru == nil && en == nil && zh == nil }
}
