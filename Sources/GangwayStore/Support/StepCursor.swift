import GRDB
import GRDBSQLite

/// Steps a prepared statement through SQLite's C API and reads the current row's columns
/// without building GRDB rows: a pass over a million rows spends its time in SQLite, not in
/// decoding. Columns are read by their 0-based position in the SELECT.
struct StepCursor {
    private let statement: Statement
    private let db: Database

    /// Prepares `sql`; with no `arguments`, ``restart(_:)`` gives them before the first step.
    init(_ db: Database, sql: String, arguments: [DatabaseValueConvertible?]? = nil) throws {
        self.db = db
        statement = try db.makeStatement(sql: sql)
        if let arguments { try statement.setArguments(StatementArguments(arguments)) }
    }

    /// Starts again from the first row, with new arguments.
    func restart(_ arguments: [DatabaseValueConvertible?]) throws {
        sqlite3_reset(statement.sqliteStatement)
        try statement.setArguments(StatementArguments(arguments))
    }

    /// Moves to the next row; false after the last.
    func next() throws -> Bool {
        switch sqlite3_step(statement.sqliteStatement) {
        case SQLITE_ROW: return true
        case SQLITE_DONE:
            sqlite3_reset(statement.sqliteStatement)
            return false
        case let code:
            let message = db.sqliteConnection.flatMap { sqlite3_errmsg($0) }.map { String(cString: $0) }
            sqlite3_reset(statement.sqliteStatement)
            throw DatabaseError(resultCode: ResultCode(rawValue: code), message: message, sql: statement.sql)
        }
    }

    func isNull(_ column: Int32) -> Bool { sqlite3_column_type(statement.sqliteStatement, column) == SQLITE_NULL }

    func int64(_ column: Int32) -> Int64 { sqlite3_column_int64(statement.sqliteStatement, column) }

    func optionalInt64(_ column: Int32) -> Int64? { isNull(column) ? nil : int64(column) }

    /// The column's text ("" for NULL).
    func text(_ column: Int32) -> String {
        withBytes(column) { String(decoding: $0, as: UTF8.self) }
    }

    func optionalText(_ column: Int32) -> String? { isNull(column) ? nil : text(column) }

    /// The column's UTF-8 bytes, valid only inside `body`.
    func withBytes<T>(_ column: Int32, _ body: (UnsafeBufferPointer<UInt8>) throws -> T) rethrows -> T {
        let handle = statement.sqliteStatement
        let start = sqlite3_column_text(handle, column)
        let count = Int(sqlite3_column_bytes(handle, column))
        return try body(UnsafeBufferPointer(start: start, count: start == nil ? 0 : count))
    }
}
