import GangwayCore

/// What a reader made of one file: its records (in file order) and what it found wrong.
public struct CatalogReading: Sendable {
    public var format: FileFormat
    public var kinds: [RecordKind]
    public var records: [RawRecord]
    public var problems: [ImportProblem]

    public init(format: FileFormat, kinds: [RecordKind], records: [RawRecord], problems: [ImportProblem]) {
        self.format = format
        self.kinds = kinds
        self.records = records
        self.problems = problems
    }

    public var hasErrors: Bool { problems.contains { $0.severity == .error } }
}
