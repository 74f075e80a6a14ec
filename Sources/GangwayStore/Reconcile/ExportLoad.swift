/// What loading one export file did: its id, and how many of its rows were new (a row seen in
/// an earlier file — an overlapping period — is kept once).
public struct ExportLoad: Sendable, Equatable {
    public var fileID: Int64
    public var rows: Int
    public var newRows: Int
}
