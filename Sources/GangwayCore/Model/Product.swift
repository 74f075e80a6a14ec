/// What is sold: an excursion, an event on board, or a charter.
public struct Product: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        case excursion, event, charter
    }

    public var id: String
    public var kind: Kind
    public var title: LocalizedText
    public var summary: LocalizedText
    public var description: LocalizedText
    public var durationMinutes: Int
    public var ageMinimum: Int?
    public var image: String?
    public var tags: [String]
    public var source: SourceLocation?

    public init(
        id: String, kind: Kind, title: LocalizedText, summary: LocalizedText = LocalizedText(),
        description: LocalizedText = LocalizedText(), durationMinutes: Int, ageMinimum: Int? = nil,
        image: String? = nil, tags: [String] = [], source: SourceLocation? = nil
    ) {
        self.id = id
        self.kind = kind
        self.title = title
        self.summary = summary
        self.description = description
        self.durationMinutes = durationMinutes
        self.ageMinimum = ageMinimum
        self.image = image
        self.tags = tags
        self.source = source
    }
}
