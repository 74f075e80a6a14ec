import Foundation
import GangwayCore

/// What can go wrong while writing the site folder. Each case carries the failing input and reads
/// as one line an operator can act on.
public enum SiteOutputError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A page path that is not a plain relative path inside the site folder.
    case invalidPath(String, reason: String)
    /// The same page path submitted twice in one build.
    case duplicatePath(String)
    /// A page submitted (its path) or `finish()` called again (`nil`) after the build was finished.
    case writerFinished(path: String?)
    /// The page's render closure threw.
    case renderFailed(path: String, reason: String)
    /// The output folder cannot be created or is not a folder.
    case outputDirectoryUnusable(path: String, reason: String)
    /// Something other than a folder stands where a page needs a folder (a file, a symbolic link).
    case notADirectory(path: String, reason: String)
    case readFailed(path: String, reason: String)
    case writeFailed(path: String, reason: String)
    /// The previous build's manifest exists but cannot be used.
    case manifestUnreadable(path: String, reason: String)
    case manifestWriteFailed(path: String, reason: String)

    public var description: String {
        switch self {
        case .invalidPath(let path, let reason):
            return "site page path \(quoted(path)) rejected: \(reason)"
        case .duplicatePath(let path):
            return "site page \(quoted(path)) submitted twice in one build"
        case .writerFinished(let path?):
            return "site build already finished; cannot accept \(quoted(path))"
        case .writerFinished(nil):
            return "site build already finished"
        case .renderFailed(let path, let reason):
            return "site page \(quoted(path)) failed to render: \(reason)"
        case .outputDirectoryUnusable(let path, let reason):
            return "site output folder \(path) unusable: \(reason)"
        case .notADirectory(let path, let reason):
            return "cannot write into \(path): \(reason)"
        case .readFailed(let path, let reason):
            return "cannot read \(path): \(reason)"
        case .writeFailed(let path, let reason):
            return "cannot write \(path): \(reason)"
        case .manifestUnreadable(let path, let reason):
            return "site manifest \(path) unreadable: \(reason)"
        case .manifestWriteFailed(let path, let reason):
            return "cannot write site manifest \(path): \(reason)"
        }
    }

    /// One line, whatever the underlying error prints (Foundation errors on Linux span lines).
    static func oneLine(_ error: any Error) -> String {
        String(describing: error).split(whereSeparator: \.isNewline).joined(separator: " ")
    }
}

private func quoted(_ path: String) -> String {
    let shown = path.unicodeScalars.map { $0.isASCII && $0.value >= 0x20 ? String($0) : $0.escaped(asASCII: true) }
    return "\"" + shown.joined() + "\""
}
