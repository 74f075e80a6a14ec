/// Decides a text registry's encoding while it streams, before any non-ASCII field is decoded.
///
/// A leading UTF-8 byte order mark means UTF-8. Otherwise the first chunk holding a byte above `0x7F`
/// decides: valid UTF-8 (a character cut by the chunk's end aside) means UTF-8, anything else
/// Windows-1251. Cyrillic in Windows-1251 is almost never valid UTF-8 (two letters in a row already
/// break it), and a registry's first non-ASCII bytes are its Russian title or header, so one chunk is
/// plenty. Until then every field is ASCII, identical in both encodings. A UTF-8 file with bad bytes
/// later on is rejected at the field that holds them rather than guessed at.
struct TextEncodingSniffer {
    private static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    /// The decision so far: ``ExportEncoding/utf8`` until a non-ASCII chunk proves otherwise.
    private(set) var encoding = ExportEncoding.utf8
    private var isDecided = false
    private var sawFirstChunk = false
    /// The start of a character cut by the end of the last chunk, judged with the next one.
    private var carry: [UInt8] = []

    /// Looks at the next chunk; returns how many leading bytes to skip (a byte order mark).
    mutating func inspect(_ chunk: [UInt8]) -> Int {
        var skip = 0
        if !sawFirstChunk {
            sawFirstChunk = true
            if chunk.starts(with: Self.byteOrderMark) {
                encoding = .utf8BOM
                isDecided = true
                skip = 3
            }
        }
        guard !isDecided else { return skip }
        let bytes = carry + chunk[skip...]
        guard let isUTF8 = Self.isUTF8(bytes) else {
            carry = Array(bytes.drop(while: { $0 < 0x80 }))
            return skip
        }
        isDecided = true
        carry = []
        encoding = isUTF8 ? .utf8 : .windows1251
        return skip
    }

    /// Whether `chunk` is valid UTF-8, allowing the last character to be cut off by the chunk's end; nil
    /// when it holds no non-ASCII byte apart from such a cut-off character, so it cannot tell.
    private static func isUTF8(_ chunk: [UInt8]) -> Bool? {
        var end = chunk.count
        // Step back over a last multi-byte sequence that the chunk's end may have cut.
        var back = 0
        while back < 3, end - back - 1 >= 0, chunk[end - back - 1] & 0xC0 == 0x80 {
            back += 1
        }
        if end - back - 1 >= 0 {
            let lead = chunk[end - back - 1]
            let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1
            if length > back + 1 {
                end -= back + 1
            }
        }
        guard chunk[..<end].contains(where: { $0 >= 0x80 }) else { return nil }
        return chunk[..<end].withUnsafeBufferPointer { UTF8Validation.isValid($0) }
    }
}
