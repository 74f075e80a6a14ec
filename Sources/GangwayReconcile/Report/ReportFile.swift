import Foundation

/// A report file written piece by piece through a 1 MiB buffer into a temporary file beside it,
/// and moved into place only when complete: a reader never sees half a report, the previous
/// report stays until the new one is whole, and a report of any size costs a megabyte of memory.
public final class ReportFile {
    private let url: URL
    private let temporary: URL
    private let handle: FileHandle
    private var buffer: [UInt8] = []
    private var done = false

    static let bufferSize = 1 << 20

    public init(_ url: URL) throws {
        self.url = url
        temporary = url.deletingLastPathComponent().appendingPathComponent(
            ".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
        guard FileManager.default.createFile(atPath: temporary.path, contents: nil),
            let handle = FileHandle(forWritingAtPath: temporary.path)
        else { throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: temporary.path]) }
        self.handle = handle
        buffer.reserveCapacity(Self.bufferSize + 4_096)
    }

    deinit {
        if !done {
            try? handle.close()
            try? FileManager.default.removeItem(at: temporary)
        }
    }

    /// Appends `text` (UTF-8).
    public func write(_ text: String) throws {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= Self.bufferSize { try flush() }
    }

    /// Writes what is buffered, closes the file and moves it into place.
    public func commit() throws {
        try flush()
        try handle.close()
        done = true
        guard rename(temporary.path, url.path) == 0 else {
            try? FileManager.default.removeItem(at: temporary)
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: url.path])
        }
    }

    private func flush() throws {
        try handle.write(contentsOf: buffer)
        buffer.removeAll(keepingCapacity: true)
    }
}
