import Foundation

/// One value as an operator wrote it, with where it stands.
public struct RawField: Sendable, Hashable {
    public var value: String
    public var location: SourceLocation

    public init(value: String, location: SourceLocation) {
        self.value = value
        self.location = location
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

    /// The trimmed value of a field, or nil when it is absent or blank.
    public subscript(name: String) -> String? {
        guard let raw = fields[name]?.value else { return nil }
        let trimmed = raw.trimmingCharacters(in: .whitespacesAndNewlines)
        return trimmed.isEmpty ? nil : trimmed
    }

    /// Where a field stands, or where the record starts when the field is absent.
    public func location(of name: String) -> SourceLocation {
        fields[name]?.location ?? location
    }
}
