import Foundation

/// One value as an operator wrote it, with where it stands.
public struct RawField: Sendable, Hashable {
    public var value: String
    public var location: SourceLocation

    /// Keeps `value` with surrounding white space removed (operators' cells often carry it).
    public init(value: String, location: SourceLocation) {
        self.value = RawField.trimmed(value)
        self.location = location
    }

    /// `text` without leading and trailing white space and line breaks; returns `text` itself,
    /// without touching Foundation, in the usual case where there is none.
    static func trimmed(_ text: String) -> String {
        guard let first = text.unicodeScalars.first, let last = text.unicodeScalars.last else { return text }
        if !first.properties.isWhitespace && !last.properties.isWhitespace { return text }
        return text.trimmingCharacters(in: .whitespacesAndNewlines)
    }
}

/// One record of an inbox file before validation: a CSV row or an XML element flattened to
/// the CSV column names of formats.md (`pier_id`, `name_ru`, `price_adult@vip`, …).
///
/// Both readers produce these, so CSV and XML share one validator and one set of rules.
/// Field names are lower-cased. Absent and empty fields are both "not given".
public struct RawRecord: Sendable, Hashable {
    public var kind: RecordKind
    public var location: SourceLocation
    public var fields: [String: RawField]

    public init(kind: RecordKind, location: SourceLocation, fields: [String: RawField] = [:]) {
        self.kind = kind
        self.location = location
        self.fields = fields
    }

    /// The (trimmed) value of a field, or nil when it is absent or blank.
    public subscript(name: String) -> String? {
        guard let value = fields[name]?.value, !value.isEmpty else { return nil }
        return value
    }

    /// Where a field stands, or where the record starts when the field is absent.
    public func location(of name: String) -> SourceLocation {
        fields[name]?.location ?? location
    }
}
