import Foundation
import GangwayCore

/// Why a CSV file could not be read at all. These are failures of the machine, not of the operator's
/// data (which become ``CSVProblem``s): the caller should leave the file in place and try again later.
public enum CSVReaderError: Error, Equatable, CustomStringConvertible {
    /// The file could not be opened (missing, no permission, …).
    case cannotOpen(path: String, reason: String)
    /// Reading or seeking failed after the file was opened.
    case cannotRead(path: String, reason: String)
    /// The file's length differs between the encoding pass and the parsing pass: something is still
    /// writing it.
    case changedWhileReading(path: String)

    public var description: String {
        switch self {
        case .cannotOpen(let path, let reason):
            return "cannot open \(path): \(reason)"
        case .cannotRead(let path, let reason):
            return "cannot read \(path): \(reason)"
        case .changedWhileReading(let path):
            return "\(path) changed while it was being read; try again once it is complete"
        }
    }

    /// A short reason for a Foundation error: the POSIX message when there is one (`No such file or
    /// directory`), never a dump of the error value.
    static func reason(for error: any Error) -> String {
        let nsError = error as NSError
        if nsError.domain == NSPOSIXErrorDomain {
            return String(cString: strerror(Int32(nsError.code)))
        }
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError,
            underlying.domain == NSPOSIXErrorDomain
        {
            return String(cString: strerror(Int32(underlying.code)))
        }
        return nsError.localizedDescription
    }
}
