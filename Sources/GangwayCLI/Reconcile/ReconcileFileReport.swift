/// What one reconciliation input became: read (with its row counts), a duplicate of a file
/// read before, or rejected with the reason.
struct ReconcileFileReport: Encodable {
    enum Outcome: String, Encodable {
        case read, duplicate, rejected
    }

    var file: String
    var outcome: Outcome
    var kind: String?
    var rows: Int?
    var newRows: Int?
    var error: String?
    /// Where the inbox file went (archive or rejected folder); nil for a file named on the command line.
    var movedTo: String?

    enum CodingKeys: String, CodingKey {
        case file, outcome, kind, rows, error
        case newRows = "new_rows"
        case movedTo = "moved_to"
    }
}
