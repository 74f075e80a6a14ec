import GRDB

/// Takes an export file's rows one at a time inside the loading transaction (the file is
/// streamed, never held whole). A row whose provider id was seen before is ignored; a new one
/// is added to its day's totals as it goes by (written with the file, so a report need not
/// re-read the rows).
public final class ExportSink {
    /// Bound and stepped directly (as the catalog import's bulk writers are).
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
        // Bound one by one: a million rows build no argument arrays.
        try statement.bind(row.provider, at: 1)
        try statement.bind(row.kind, at: 2)
        try statement.bind(row.providerID, at: 3)
        try statement.bind(row.paymentID, at: 4)
        try statement.bind(row.gross, at: 5)
        try statement.bind(row.net, at: 6)
        try statement.bind(row.commission, at: 7)
        try statement.bind(row.commissionVAT, at: 8)
        try statement.bind(row.currency, at: 9)
        try statement.bind(row.occurredAt, at: 10)
        try statement.bind(row.day, at: 11)
        try statement.bind(row.reference, at: 12)
        try statement.bind(row.orderRef, at: 13)
        try statement.bind(row.method, at: 14)
        try statement.bind(row.status, at: 15)
        try statement.bind(fileID, at: 16)
        try statement.bind(Int64(row.location), at: 17)
        try statement.step()
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
