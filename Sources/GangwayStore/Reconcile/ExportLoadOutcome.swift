/// What loading an export file came to: read (its rows and the kind it is), or a duplicate of
/// a file with the same bytes read before (nothing changed; that file's id).
public enum ExportLoadOutcome: Sendable, Equatable {
    case loaded(ExportLoad, kind: String)
    case duplicate(fileID: Int64, kind: String)
}
