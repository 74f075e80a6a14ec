import Foundation

/// Finds the line where an element's start tag begins. XMLParser (like libxml2) reports an
/// element at the position where its start tag ends, which for a tag spread over several lines
/// is not where an operator sees it: from that position the index looks back for the tag's `<`,
/// which cannot occur inside a tag.
struct XMLLineIndex {
    private let data: Data
    /// Byte offset where each line starts; line n (1-based) starts at `lineStarts[n - 1]`.
    private let lineStarts: [Int]
    /// Windows-1251: one byte per character; otherwise UTF-8.
    private let singleByte: Bool

    init(data: Data, encoding: XMLByteProfile.Encoding) {
        self.data = data
        self.singleByte = encoding == .windows1251
        var starts = [0]
        data.withUnsafeBytes { bytes in
            guard let base = bytes.baseAddress else { return }
            var offset = 0
            while offset < bytes.count, let found = memchr(base + offset, 0x0A, bytes.count - offset) {
                offset = base.distance(to: UnsafeRawPointer(found)) + 1
                starts.append(offset)
            }
        }
        self.lineStarts = starts
    }

    /// The line of the `<` before (`line`, `column`), the 1-based position XMLParser gives at
    /// the start of an element (the column of the tag's closing `>` or `/`).
    func startLine(line: Int, column: Int) -> Int {
        guard line >= 1, line <= lineStarts.count else { return max(line, 1) }
        return data.withUnsafeBytes { bytes -> Int in
            let lineEnd = line < lineStarts.count ? lineStarts[line] : bytes.count
            let limit = offset(afterCharacters: column - 1, from: lineStarts[line - 1], to: lineEnd, in: bytes)
            var current = line
            var end = limit
            while current >= 1 {
                let start = lineStarts[current - 1]
                if bytes[start..<end].contains(0x3C) { return current }
                current -= 1
                end = current >= 1 ? lineStarts[current] : 0
            }
            return line
        }
    }

    /// The byte offset just after the first `count` characters from `start`.
    private func offset(afterCharacters count: Int, from start: Int, to end: Int, in bytes: UnsafeRawBufferPointer)
        -> Int
    {
        guard count > 0 else { return start }
        if singleByte { return min(start + count, end) }
        var seen = 0
        var offset = start
        while offset < end {
            if bytes[offset] & 0xC0 != 0x80 {
                if seen == count { return offset }
                seen += 1
            }
            offset += 1
        }
        return end
    }
}
