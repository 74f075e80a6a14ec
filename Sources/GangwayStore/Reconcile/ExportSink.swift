import GRDB

/// Takes an export file's rows one at a time inside the loading transaction (the file is
/// streamed, never held whole). A row whose provider id was seen before is ignored; a new one
/// is added to its day's totals as it goes by (written with the file, so a report need not
/// re-read the rows).
public final class ExportSink {
    /// Bound and stepped directly (as the catalog import's bulk writers are): a million rows
    /// spend no time building argument arrays.
    private let statement: BulkStatement
    private let fileID: Int64
    private let db: Database
    private(set) var rows = 0
    private(set) var newRows = 0
    /// The new rows' totals per provider and day (the day being read is kept apart: a file's
    /// rows mostly come day by day).
    private var earlierDays: [ReconcileDay: ExportDayTotal] = [:]
    private var day = ReconcileDay(provider: "", day: "")
    private var dayTotal = ExportDayTotal()

    var totals: [ReconcileDay: ExportDayTotal] {
        var all = earlierDays
        if dayTotal != ExportDayTotal() { all[day, default: ExportDayTotal()].add(dayTotal) }
        return all
    }

    init(_ db: Database, fileID: Int64) throws {
        self.db = db
        self.fileID = fileID
        statement = try BulkStatement(
            db,
            sql: """
                INSERT OR IGNORE INTO export_row (provider, kind, provider_id, payment_id, gross, net, commission,
                    commission_vat, currency, occurred_at, day, reference, order_ref, method, status, file_id, location)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
    }

    public func add(_ row: ExportRecord) throws {
        var row = row
        if !row.orderRefAlternatives.isEmpty { row.orderRef = try existingOrder(among: row) ?? row.orderRef }
        try statement.run([
            .text(row.provider), .text(row.kind), .text(row.providerID), .text(row.paymentID), .integer(row.gross),
            .integer(row.net), .integer(row.commission), .integer(row.commissionVAT), .text(row.currency),
            .integer(row.occurredAt), .text(row.day), .text(row.reference), .text(row.orderRef), .text(row.method),
            .text(row.status), .integer(fileID), .integer(row.location),
        ])
        rows += 1
        if db.changesCount > 0 {
            newRows += 1
            if row.day != day.day || row.provider != day.provider {
                if dayTotal != ExportDayTotal() { earlierDays[day, default: ExportDayTotal()].add(dayTotal) }
                day = ReconcileDay(provider: row.provider, day: row.day)
                dayTotal = ExportDayTotal()
            }
            dayTotal.add(row)
        }
    }

    /// The first of a reference's readings that names an order (rare: only mangled references
    /// have several).
    private func existingOrder(among row: ExportRecord) throws -> String? {
        for code in [row.orderRef].compactMap({ $0 }) + row.orderRefAlternatives
        where try Bool.fetchOne(db.cachedStatement(sql: "SELECT 1 FROM sales_order WHERE code = ?"), arguments: [code])
            ?? false
        {
            return code
        }
        return nil
    }
}
