import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// A named lock that one run of a job holds while it works, so overlapping runs (cron firing
/// again, an operator running it by hand) skip cleanly. It is an advisory `flock` on a file
/// beside the database: the kernel releases it when the process ends, even by `kill -9`, so a
/// crashed run never leaves a stale lock behind.
public final class JobLock: @unchecked Sendable {
    public let name: String
    public let url: URL
    private var descriptor: Int32

    private init(name: String, url: URL, descriptor: Int32) {
        self.name = name
        self.url = url
        self.descriptor = descriptor
    }

    /// The lock file for job `name` beside the database at `database`.
    public static func url(forJob name: String, database: URL) -> URL {
        database.deletingLastPathComponent().appendingPathComponent(".\(database.lastPathComponent).\(name).lock")
    }

    /// Takes the lock, or returns nil at once when another run holds it.
    public static func acquire(name: String, at url: URL) throws -> JobLock? {
        let descriptor = open(url.path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw JobLockError.cannotOpen(path: url.path, reason: String(cString: strerror(errno)))
        }
        guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
            let failure = errno
            close(descriptor)
            if failure == EWOULDBLOCK { return nil }
            throw JobLockError.cannotOpen(path: url.path, reason: String(cString: strerror(failure)))
        }
        let pid = "\(getpid())\n"
        _ = ftruncate(descriptor, 0)
        _ = pid.withCString { write(descriptor, $0, strlen($0)) }
        return JobLock(name: name, url: url, descriptor: descriptor)
    }

    /// Releases the lock (also done when the lock is deinitialised or the process ends).
    public func release() {
        guard descriptor >= 0 else { return }
        flock(descriptor, LOCK_UN)
        close(descriptor)
        descriptor = -1
    }

    deinit { release() }
}

/// Why a job lock could not be taken (as opposed to being held by another run).
public enum JobLockError: Error, CustomStringConvertible {
    case cannotOpen(path: String, reason: String)

    public var description: String {
        switch self {
        case .cannotOpen(let path, let reason): "cannot open the lock file \(path): \(reason)"
        }
    }
}
