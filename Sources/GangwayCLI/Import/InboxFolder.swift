import Foundation
import GangwayCore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The inbox on disk: which files are ready, claiming one atomically, archiving it to
/// `processed/YYYY-MM-DD/` or `rejected/` without ever overwriting anything.
///
/// A claimed file sits in `.processing/` (`gangway reconcile`: `.reconciling/`) while it is
/// applied; a run that dies leaves it there and the next run of the same job (holding its lock,
/// so no other run of it is active) puts it back.
struct InboxFolder {
    let root: URL
    /// The hidden folder a claimed file waits in, one per job so that neither puts back the
    /// other's file.
    var claims = ".processing"
    let fileManager = FileManager.default

    var processing: URL { root.appendingPathComponent(claims, isDirectory: true) }
    var rejected: URL { root.appendingPathComponent("rejected", isDirectory: true) }

    func processed(on date: LocalDate) -> URL {
        root.appendingPathComponent("processed", isDirectory: true)
            .appendingPathComponent(date.description, isDirectory: true)
    }

    /// A ready file: not hidden, not still being written (`.tmp`, `.part`), a regular file,
    /// and (with a settle time) not modified in the last `settleSeconds`.
    struct Candidate {
        var name: String
        var url: URL
        var modified: Date
    }

    /// Files that look still in transfer are skipped by name: `.name`, `name.tmp`, `name.part`.
    static func isStillBeingWritten(_ name: String) -> Bool {
        let lower = name.lowercased()
        return name.hasPrefix(".") || lower.hasSuffix(".tmp") || lower.hasSuffix(".part")
    }

    /// The inbox's regular files: those ready to import, and the names of those still being
    /// written (by name, or modified less than `settleSeconds` ago). Error reports left beside
    /// files by hand (`*.errors.txt`) are neither.
    func scan(now: Int64, settleSeconds: Int) throws -> (ready: [Candidate], waiting: [String]) {
        let names = try fileManager.contentsOfDirectory(atPath: root.path)
        var ready: [Candidate] = []
        var waiting: [String] = []
        // Hidden names (`.name`, as rsync and editors write, or `.gitkeep`) are left alone silently.
        for name in names where !name.hasSuffix(".errors.txt") && !name.hasPrefix(".") {
            let url = root.appendingPathComponent(name)
            guard let attributes = try? fileManager.attributesOfItem(atPath: url.path),
                attributes[.type] as? FileAttributeType == .typeRegular
            else { continue }
            let modified = attributes[.modificationDate] as? Date ?? Date(timeIntervalSince1970: 0)
            if Self.isStillBeingWritten(name)
                || (settleSeconds > 0 && Int64(modified.timeIntervalSince1970) > now - Int64(settleSeconds))
            {
                waiting.append(name)
            } else {
                ready.append(Candidate(name: name, url: url, modified: modified))
            }
        }
        return (ready, waiting.sorted())
    }

    /// Moves the file into `.processing/`; nil when another run took it first (the rename is atomic).
    func claim(_ candidate: Candidate) throws -> URL? {
        try fileManager.createDirectory(at: processing, withIntermediateDirectories: true)
        let target = processing.appendingPathComponent(candidate.name)
        if rename(candidate.url.path, target.path) == 0 { return target }
        if errno == ENOENT { return nil }
        throw CommandFailure("cannot claim \(candidate.name): \(String(cString: strerror(errno)))")
    }

    /// Puts files a crashed run left in `.processing/` back into the inbox. Returns their names.
    func recoverAbandonedClaims() throws -> [String] {
        guard let names = try? fileManager.contentsOfDirectory(atPath: processing.path) else { return [] }
        var recovered: [String] = []
        for name in names.sorted() {
            let source = processing.appendingPathComponent(name)
            let target = try place(source, in: root, as: name)
            recovered.append(target.lastPathComponent)
        }
        return recovered
    }

    /// Moves `file` into `directory` under `name`, or `name-1`, `name-2`… when taken.
    /// Never overwrites: the new name is claimed with `link`, which fails if it exists.
    @discardableResult
    func place(_ file: URL, in directory: URL, as name: String) throws -> URL {
        try fileManager.createDirectory(at: directory, withIntermediateDirectories: true)
        for attempt in 0..<10_000 {
            let target = directory.appendingPathComponent(Self.suffixed(name, attempt))
            if link(file.path, target.path) == 0 {
                unlink(file.path)
                return target
            }
            if errno != EEXIST {
                throw CommandFailure("cannot move \(name) to \(directory.path): \(String(cString: strerror(errno)))")
            }
        }
        throw CommandFailure("cannot find a free name for \(name) in \(directory.path)")
    }

    /// The first name not taken in `directory` (for planning where a file will go).
    func freeName(for name: String, in directory: URL) -> String {
        var attempt = 0
        while fileManager.fileExists(atPath: directory.appendingPathComponent(Self.suffixed(name, attempt)).path) {
            attempt += 1
        }
        return Self.suffixed(name, attempt)
    }

    /// `schedule.csv`, `schedule-1.csv`, `schedule-2.csv`…
    static func suffixed(_ name: String, _ attempt: Int) -> String {
        guard attempt > 0 else { return name }
        let url = URL(fileURLWithPath: name)
        let ext = url.pathExtension
        let stem = ext.isEmpty ? name : String(name.dropLast(ext.count + 1))
        return ext.isEmpty ? "\(stem)-\(attempt)" : "\(stem)-\(attempt).\(ext)"
    }

    /// Writes `text` to `url` atomically (a temporary file renamed into place).
    func write(_ text: String, to url: URL) throws {
        try Data(text.utf8).write(to: url, options: .atomic)
    }
}
