import GangwayCore

/// What happened to one file.
public enum ImportOutcome: Sendable {
    /// Applied in one transaction. Counts per record kind (`sailing` counts are under `.schedule`).
    case applied(counts: [RecordKind: ChangeCounts], warnings: [ImportProblem])
    /// The same bytes were applied before, as `previousFile`.
    case duplicate(previousFile: String)
    /// Nothing applied; every problem found.
    case rejected(problems: [ImportProblem])
}

/// The file an import is about.
public struct ImportFileInfo: Sendable {
    public var fileName: String
    public var contentHash: String
    public var format: String
    /// Where the file will be archived once applied (recorded with the data, so a crash
    /// between commit and move can be finished by the next run).
    public var archiveAs: String?
    /// The kinds the file carries, as far as they could be told (recorded in the import log).
    public var kinds: [RecordKind]

    public init(
        fileName: String, contentHash: String, format: String, archiveAs: String? = nil, kinds: [RecordKind] = []
    ) {
        self.fileName = fileName
        self.contentHash = contentHash
        self.format = format
        self.archiveAs = archiveAs
        self.kinds = kinds
    }
}

/// An earlier import of the same bytes.
public struct PreviousImport: Sendable, Hashable {
    public var logID: Int64
    public var fileName: String
    public var archivedAs: String?
}
