import Foundation
import GangwayCore

/// An export file read front to back in chunks of a fixed size, every byte fed to SHA-256 on the way
/// (on a second thread, see ``BackgroundHasher``), so memory stays bounded whatever the file's size.
/// When the caller already hashed the file (to know a duplicate before reading it), that hash is
/// given instead and the bytes are not hashed again.
struct ChunkedFile {
    /// 1 MiB: large enough that system calls and per-chunk work vanish, small enough to stay in cache.
    static let defaultChunkSize = 1 << 20

    private let handle: FileHandle
    private let chunkSize: Int
    /// Nil when the hash was known before reading.
    private let hasher: BackgroundHasher?
    private let knownSHA256: String?
    /// True once a read returned nothing.
    private(set) var isAtEnd = false

    init(url: URL, chunkSize: Int = defaultChunkSize, knownSHA256: String? = nil) throws(ExportError) {
        do {
            handle = try FileHandle(forReadingFrom: url)
        } catch {
            throw .cannotRead(reason: ChunkedFile.reason(error, url: url))
        }
        self.chunkSize = max(1, chunkSize)
        self.knownSHA256 = knownSHA256
        hasher = knownSHA256 == nil ? BackgroundHasher() : nil
    }

    /// The next chunk, or nil at the end of the file.
    mutating func next() throws(ExportError) -> [UInt8]? {
        guard !isAtEnd else { return nil }
        let data: Data?
        do {
            data = try handle.read(upToCount: chunkSize)
        } catch {
            throw .cannotRead(reason: "\(error.localizedDescription)")
        }
        guard let data, !data.isEmpty else {
            isAtEnd = true
            return nil
        }
        let bytes = [UInt8](data)
        hasher?.feed(bytes)
        return bytes
    }

    /// Reads what is left (so the hash covers the whole file) and returns the file's SHA-256, hex.
    mutating func finishHash() throws(ExportError) -> String {
        if let knownSHA256 {
            try? handle.close()
            return knownSHA256
        }
        while try next() != nil {}
        try? handle.close()
        return hasher?.finish() ?? ""
    }

    /// Closes the file; a hash not yet finished is abandoned.
    func close() {
        try? handle.close()
        hasher?.abandon()
    }

    /// A short reason for an open failure, instead of a Foundation error dump.
    static func reason(_ error: any Error, url: URL) -> String {
        let nsError = error as NSError
        if nsError.domain == NSCocoaErrorDomain {
            switch nsError.code {
            case NSFileNoSuchFileError, NSFileReadNoSuchFileError: return "\(url.path): no such file"
            case NSFileReadNoPermissionError: return "\(url.path): permission denied"
            default: break
            }
        }
        return "\(url.path): \(nsError.localizedDescription)"
    }
}
