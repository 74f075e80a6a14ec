import GRDB
import GRDBSQLite

/// A prepared statement run many times in one transaction (an import's thousands of sailings
/// and seats), binding each value straight through SQLite's C API. GRDB's general argument
/// arrays cost more than SQLite itself at this volume; the SQL is the same either way.
struct BulkStatement {
    /// One value to bind.
    enum Value {
        case text(String)
        case integer(Int64)
        case real(Double)
        case null

        static func text(_ value: String?) -> Value { value.map { .text($0) } ?? .null }
        static func integer(_ value: Int?) -> Value { value.map { .integer(Int64($0)) } ?? .null }
        static func integer(_ value: Int64?) -> Value { value.map { .integer($0) } ?? .null }
        static func real(_ value: Double?) -> Value { value.map { .real($0) } ?? .null }
        static func boolean(_ value: Bool) -> Value { .integer(value ? 1 : 0) }
    }

    private let statement: Statement
    private let db: Database

    init(_ db: Database, sql: String) throws {
        self.db = db
        self.statement = try db.makeStatement(sql: sql)
    }

    /// Binds `values` to the parameters in order and runs the statement once.
    func run(_ values: [Value]) throws {
        for (offset, value) in values.enumerated() {
            let index = Int32(offset + 1)
            switch value {
            case .text(let text): try bind(text, at: index)
            case .integer(let number): try bind(number, at: index)
            case .real(let number):
                let code = sqlite3_bind_double(statement.sqliteStatement, index, number)
                guard code == SQLITE_OK else { throw failure(code) }
            case .null: try bindNull(at: index)
            }
        }
        try step()
    }

    /// Binds one text parameter (1-based), for callers that bind without building a `[Value]`.
    func bind(_ text: String, at index: Int32) throws {
        var text = text
        let code = text.withUTF8 { bytes in
            sqlite3_bind_text(statement.sqliteStatement, index, bytes.baseAddress, Int32(bytes.count), Self.transient)
        }
        guard code == SQLITE_OK else { throw failure(code) }
    }

    /// Binds one text parameter, or NULL.
    func bind(_ text: String?, at index: Int32) throws {
        guard let text else { return try bindNull(at: index) }
        try bind(text, at: index)
    }

    /// Binds one integer parameter (1-based).
    func bind(_ number: Int64, at index: Int32) throws {
        let code = sqlite3_bind_int64(statement.sqliteStatement, index, number)
        guard code == SQLITE_OK else { throw failure(code) }
    }

    /// Binds one integer parameter, or NULL.
    func bind(_ number: Int64?, at index: Int32) throws {
        guard let number else { return try bindNull(at: index) }
        try bind(number, at: index)
    }

    private func bindNull(at index: Int32) throws {
        let code = sqlite3_bind_null(statement.sqliteStatement, index)
        guard code == SQLITE_OK else { throw failure(code) }
    }

    /// Runs the statement once with the parameters bound by `bind(_:at:)`.
    func step() throws {
        let handle = statement.sqliteStatement
        let code = sqlite3_step(handle)
        sqlite3_reset(handle)
        guard code == SQLITE_DONE else { throw failure(code) }
    }

    private func failure(_ code: Int32) -> DatabaseError {
        let message = db.sqliteConnection.flatMap { sqlite3_errmsg($0) }.map { String(cString: $0) }
        return DatabaseError(resultCode: ResultCode(rawValue: code), message: message, sql: statement.sql)
    }

    /// SQLite's `SQLITE_TRANSIENT`: it copies the bytes before the call returns.
    private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)
}
