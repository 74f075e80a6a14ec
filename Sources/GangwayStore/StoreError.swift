import GRDB

/// Why the store could not do what was asked, in words for an operator.
public enum StoreError: Error, CustomStringConvertible {
    /// Another process holds the database past the busy timeout: try again later.
    case busy(String)
    case failed(String)

    public var description: String {
        switch self {
        case .busy(let detail): "the database is busy: \(detail)"
        case .failed(let detail): "database error: \(detail)"
        }
    }

    /// Maps any error thrown by GRDB to a ``StoreError``.
    static func wrap(_ error: any Error) -> StoreError {
        if let error = error as? StoreError { return error }
        if let error = error as? DatabaseError {
            let detail = error.message ?? "\(error.resultCode)"
            if error.resultCode == .SQLITE_BUSY || error.resultCode == .SQLITE_LOCKED { return .busy(detail) }
            return .failed(detail)
        }
        return .failed("\(error)")
    }
}
