import Foundation
import GangwayCore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// The few POSIX calls the site writer needs, on absolute paths, with failures mapped to
/// `SiteOutputError`. POSIX rather than `FileManager` because an atomic replace needs
/// `open(O_EXCL)` + `fsync` + `rename(2)` and the skip check needs `lstat` with nanoseconds.
enum SiteFileSystem {
    /// What `lstat` finds at a path (a symbolic link is reported as such, not followed).
    enum Status: Equatable {
        case missing
        /// Size in bytes; modification time in nanoseconds since 1970.
        case regularFile(size: Int64, modified: Int64)
        case directory
        case symbolicLink
        case other
    }

    /// The size and modification time a file had once written.
    struct Stamp: Equatable {
        var size: Int64
        var modified: Int64
    }

    static func status(_ path: String) throws -> Status {
        var info = stat()
        guard lstat(path, &info) == 0 else {
            let code = errno
            if code == ENOENT || code == ENOTDIR { return .missing }
            throw SiteOutputError.readFailed(path: path, reason: message(code))
        }
        switch Int(info.st_mode) & 0o170000 {
        case 0o100000: return .regularFile(size: Int64(info.st_size), modified: modificationTime(info))
        case 0o040000: return .directory
        case 0o120000: return .symbolicLink
        default: return .other
        }
    }

    /// The whole content of a regular file.
    static func contents(_ path: String) throws -> [UInt8] {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw SiteOutputError.readFailed(path: path, reason: message(errno)) }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else {
            throw SiteOutputError.readFailed(path: path, reason: message(errno))
        }
        var result: [UInt8] = []
        result.reserveCapacity(Int(info.st_size))
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw SiteOutputError.readFailed(path: path, reason: message(errno))
            }
            if count == 0 { return result }
            result.append(contentsOf: chunk[0..<count])
        }
    }

    /// Writes `bytes` to `directory/name` so that a reader sees either the old file or the whole
    /// new one: a temporary `.name.tmp-<random>` in the same folder, written, fsynced (when
    /// `sync`), then renamed over the target. Returns the new file's size and modification time.
    static func replace(
        directory: String, name: String, with bytes: [UInt8], sync: Bool
    ) throws -> Stamp {
        let target = directory + "/" + name
        var temporary = ""
        var descriptor: Int32 = -1
        for _ in 0..<8 {
            let suffix = String(UInt64.random(in: 0...UInt64.max), radix: 16)
            temporary = directory + "/." + name + ".tmp-" + suffix
            descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode_t(0o644))
            if descriptor >= 0 || errno != EEXIST { break }
        }
        guard descriptor >= 0 else { throw SiteOutputError.writeFailed(path: target, reason: message(errno)) }
        var closed = false
        var renamed = false
        defer {
            if !closed { close(descriptor) }
            if !renamed { unlink(temporary) }
        }
        try writeAll(bytes, to: descriptor, path: target)
        if sync && fsync(descriptor) != 0 {
            throw SiteOutputError.writeFailed(path: target, reason: "fsync: " + message(errno))
        }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else {
            throw SiteOutputError.writeFailed(path: target, reason: message(errno))
        }
        closed = true
        if close(descriptor) != 0 {
            throw SiteOutputError.writeFailed(path: target, reason: "close: " + message(errno))
        }
        guard rename(temporary, target) == 0 else {
            throw SiteOutputError.writeFailed(path: target, reason: "rename: " + message(errno))
        }
        renamed = true
        return Stamp(size: Int64(info.st_size), modified: modificationTime(info))
    }

    /// Creates one folder (its parent must exist); a folder already there is fine.
    static func makeDirectory(_ path: String) throws {
        if mkdir(path, mode_t(0o755)) != 0 && errno != EEXIST {
            throw SiteOutputError.writeFailed(path: path, reason: "mkdir: " + message(errno))
        }
    }

    /// Removes a file; `false` when there was nothing to remove.
    static func removeFile(_ path: String) throws -> Bool {
        if unlink(path) == 0 { return true }
        let code = errno
        if code == ENOENT { return false }
        throw SiteOutputError.writeFailed(path: path, reason: "unlink: " + message(code))
    }

    /// Removes a folder only if it is empty; `false` otherwise.
    static func removeEmptyDirectory(_ path: String) -> Bool { rmdir(path) == 0 }

    /// Makes a folder's entries (renames into it) durable.
    static func syncDirectory(_ path: String) {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return }
        _ = fsync(descriptor)
        close(descriptor)
    }

    private static func writeAll(_ bytes: [UInt8], to descriptor: Int32, path: String) throws {
        try bytes.withUnsafeBytes { buffer in
            guard let base = buffer.baseAddress else { return }
            var offset = 0
            while offset < buffer.count {
                let count = write(descriptor, base + offset, buffer.count - offset)
                if count < 0 {
                    if errno == EINTR { continue }
                    throw SiteOutputError.writeFailed(path: path, reason: message(errno))
                }
                offset += count
            }
        }
    }

    private static func modificationTime(_ info: stat) -> Int64 {
        #if canImport(Darwin)
            Int64(info.st_mtimespec.tv_sec) * 1_000_000_000 + Int64(info.st_mtimespec.tv_nsec)
        #else
            Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec)
        #endif
    }

    static func message(_ code: Int32) -> String { String(cString: strerror(code)) }
}
