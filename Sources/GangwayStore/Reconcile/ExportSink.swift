import GRDB

/// Takes an export file's rows one at a time inside the loading transaction (the file is
/// streamed, never held whole). A row whose provider id was seen before is ignored.
public final class ExportSink {
    private let statement: Statement
    private let fileID: Int64
    private let db: Database
    private(set) var rows = 0
    private(set) var newRows = 0

    init(_ db: Database, fileID: Int64) throws {
        self.db = db
        self.fileID = fileID
        statement = try db.makeStatement(
            sql: """
                INSERT OR IGNORE INTO export_row (provider, kind, provider_id, payment_id, gross, net, commission,
                    commission_vat, currency, occurred_at, day, reference, order_ref, method, status, file_id, location)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
    }

    public func add(_ row: ExportRecord) throws {
        statement.setUncheckedArguments([
            row.provider, row.kind, row.providerID, row.paymentID, row.gross, row.net, row.commission,
            row.commissionVAT, row.currency, row.occurredAt, row.day, row.reference, row.orderRef, row.method,
            row.status, fileID, row.location,
        ])
        try statement.execute()
        rows += 1
        if db.changesCount > 0 { newRows += 1 }
    }
}
