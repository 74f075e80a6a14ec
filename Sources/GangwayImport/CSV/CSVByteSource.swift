import Foundation
import GangwayCore

/// Where the reader's bytes come from, handed out in chunks of at most `chunkSize` bytes so memory stays
/// bounded: an open file, or bytes already in memory (tests, uploads) going through the same code path.
struct CSVByteSource {
    static let defaultChunkSize = 64 * 1024

    private enum Storage {
        case file(FileHandle)
        case memory(Data)
    }

    private let storage: Storage
    /// The path (or display name) error messages use.
    private let path: String
    private let chunkSize: Int
    /// The offset of the next byte to hand out, for in-memory bytes.
    private var position = 0

    init(url: URL, chunkSize: Int = defaultChunkSize) throws(CSVReaderError) {
        do {
            storage = .file(try FileHandle(forReadingFrom: url))
        } catch {
            throw .cannotOpen(path: url.path, reason: CSVReaderError.reason(for: error))
        }
        path = url.path
        self.chunkSize = max(1, chunkSize)
    }

    init(data: Data, name: String, chunkSize: Int = defaultChunkSize) {
        storage = .memory(data)
        path = name
        self.chunkSize = max(1, chunkSize)
    }

    /// The next chunk, or nil at the end of the input.
    mutating func nextChunk() throws(CSVReaderError) -> Data? {
        switch storage {
        case .file(let handle):
            do {
                guard let chunk = try handle.read(upToCount: chunkSize), !chunk.isEmpty else { return nil }
                return chunk
            } catch {
                throw .cannotRead(path: path, reason: CSVReaderError.reason(for: error))
            }
        case .memory(let data):
            guard position < data.count else { return nil }
            let start = data.startIndex + position
            let end = start + min(chunkSize, data.count - position)
            position += end - start
            return data[start..<end]
        }
    }

    /// Moves to `offset` bytes from the start, for the next pass over the input.
    mutating func seek(to offset: Int) throws(CSVReaderError) {
        switch storage {
        case .file(let handle):
            do {
                try handle.seek(toOffset: UInt64(offset))
            } catch {
                throw .cannotRead(path: path, reason: CSVReaderError.reason(for: error))
            }
        case .memory(let data):
            position = min(max(0, offset), data.count)
        }
    }

    /// Releases the file early; the handle would close itself when dropped anyway.
    func close() {
        if case .file(let handle) = storage {
            try? handle.close()
        }
    }
}
