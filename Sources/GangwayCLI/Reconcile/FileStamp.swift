import Foundation

/// A file's size and modification time: taken when its hash is taken and again once it has been
/// read, so a file still being written is rejected instead of stored under the hash of other bytes
/// (the reader is given the hash taken before reading and does not hash the bytes it parses).
struct FileStamp: Equatable {
    let size: UInt64
    let modified: Date?

    init(of url: URL) throws {
        let attributes = try FileManager.default.attributesOfItem(atPath: url.path)
        size = (attributes[.size] as? NSNumber)?.uint64Value ?? 0
        modified = attributes[.modificationDate] as? Date
    }
}
