import GRDB

/// Why the store could not do what was asked, in words for an operator.
public enum StoreError: Error, CustomStringConvertible {
    /// Another process holds the database past the busy timeout: try again later.
    case busy(String)
    /// The database file is not there (a command that only reads does not create it).
    case missing(String)
    /// The file cannot be opened or is not a Gangway database.
    case cannotOpen(String)
    case failed(String)

    public var description: String {
        switch self {
        case .busy(let detail): "the database is busy: \(detail)"
        case .missing(let path): "there is no database at \(path) (gangway import creates it)"
        case .cannotOpen(let detail): "the database cannot be opened: \(detail)"
        case .failed(let detail): "database error: \(detail)"
        }
    }

    /// Maps any error thrown by GRDB to a ``StoreError``.
    static func wrap(_ error: any Error) -> StoreError {
        classify(error) ?? .failed("\(error)")
    }

    /// The ``StoreError`` an error thrown by the store stands for, or nil when it is not a
    /// database error. Commands use it to pick their exit code (busy → try again later).
    public static func classify(_ error: any Error) -> StoreError? {
        if let error = error as? StoreError { return error }
        guard let error = error as? DatabaseError else { return nil }
        let detail = error.message ?? "\(error.resultCode)"
        switch error.resultCode {
        case .SQLITE_BUSY, .SQLITE_LOCKED: return .busy(detail)
        case .SQLITE_NOTADB, .SQLITE_CANTOPEN, .SQLITE_CORRUPT, .SQLITE_PERM, .SQLITE_READONLY:
            return .cannotOpen(detail)
        default: return .failed(detail)
        }
    }
}
