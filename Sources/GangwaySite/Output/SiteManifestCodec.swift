import Foundation
import GangwayCore

/// A fast reader and writer for the manifest's JSON, because every incremental build reads and
/// writes a manifest of tens of thousands of entries and Foundation's coders take about 0.35 s
/// each way for 32,000 (this one: tens of milliseconds). It writes what `JSONEncoder` with
/// sorted keys would (compact, keys sorted, `/` unescaped) and reads any JSON of the manifest's
/// shape with members in any order, unknown members skipped. Whatever it cannot read, it throws,
/// and `SiteManifest.load` falls back to `JSONDecoder`, whose errors are the ones reported.
enum SiteManifestCodec {
    struct Malformed: Error {}

    static func encode(_ manifest: SiteManifest) -> [UInt8] {
        // A large site's manifest (30,000 entries, 5 MB) is written at the end of every build that
        // changed anything, so it is sorted and encoded on every core: each half of the entries is
        // sorted by its path's UTF-8 bytes (memcmp: the same order as `String`'s for a site's
        // ASCII paths, several times faster for paths that share long prefixes), the halves are
        // merged, and the sorted entries are encoded in parts and joined.
        let all = Array(manifest.files)
        let middle = all.count / 2
        let halves = ParallelPages.map([0..<middle, middle..<all.count]) { range in
            all[range].map { (path: Array($0.key.utf8), entry: $0.value) }.sorted { precedes($0.path, $1.path) }
        }
        let items = merged(halves[0], halves[1])
        let parts = ParallelPages.map(Array(stride(from: 0, to: items.count, by: 4_096))) { start in
            var out: [UInt8] = []
            out.reserveCapacity(4_096 * 200)
            for item in items[start..<min(start + 4_096, items.count)] {
                item.path.withUnsafeBufferPointer { appendString($0, to: &out) }
                append(#":{"contentHash":"#, to: &out)
                appendString(item.entry.contentHash, to: &out)
                append(#","inputFingerprint":"#, to: &out)
                appendString(item.entry.inputFingerprint, to: &out)
                append(#","modified":"#, to: &out)
                appendInteger(item.entry.modified, to: &out)
                append(#","size":"#, to: &out)
                appendInteger(item.entry.size, to: &out)
                append("},", to: &out)
            }
            return out
        }
        var out: [UInt8] = []
        out.reserveCapacity(parts.reduce(128) { $0 + $1.count })
        append(#"{"files":{"#, to: &out)
        for part in parts { out += part }
        if out.last == UInt8(ascii: ",") { out.removeLast() }
        append(#"},"formatVersion":"#, to: &out)
        appendInteger(Int64(manifest.formatVersion), to: &out)
        append(#","templateFingerprint":"#, to: &out)
        appendString(manifest.templateFingerprint, to: &out)
        out.append(UInt8(ascii: "}"))
        return out
    }

    private typealias Item = (path: [UInt8], entry: SiteManifest.Entry)

    /// Byte order: memcmp over the common length, then the shorter first.
    private static func precedes(_ left: [UInt8], _ right: [UInt8]) -> Bool {
        left.withUnsafeBufferPointer { l in
            right.withUnsafeBufferPointer { r in
                let common = min(l.count, r.count)
                let order = common == 0 ? 0 : memcmp(l.baseAddress!, r.baseAddress!, common)
                return order != 0 ? order < 0 : l.count < r.count
            }
        }
    }

    private static func merged(_ left: [Item], _ right: [Item]) -> [Item] {
        var result: [Item] = []
        result.reserveCapacity(left.count + right.count)
        var (i, j) = (0, 0)
        while i < left.count && j < right.count {
            if precedes(right[j].path, left[i].path) {
                result.append(right[j])
                j += 1
            } else {
                result.append(left[i])
                i += 1
            }
        }
        result += left[i...]
        result += right[j...]
        return result
    }

    static func decode(_ bytes: [UInt8]) throws -> SiteManifest {
        var reader = Reader(bytes: bytes)
        var version: Int64?
        var template: String?
        var files: [String: SiteManifest.Entry]?
        try reader.members { reader, key in
            switch key {
            case "formatVersion": version = try reader.integer()
            case "templateFingerprint": template = try reader.string()
            case "files": files = try decodeFiles(&reader)
            default: try reader.skipValue(depth: 0)
            }
        }
        try reader.expectEnd()
        guard let version, let template, let files, let formatVersion = Int(exactly: version) else { throw Malformed() }
        return SiteManifest(templateFingerprint: template, files: files, formatVersion: formatVersion)
    }

    private static func decodeFiles(_ reader: inout Reader) throws -> [String: SiteManifest.Entry] {
        var files: [String: SiteManifest.Entry] = [:]
        try reader.members { reader, path in
            var input: String?
            var contentHash: String?
            var size: Int64?
            var modified: Int64?
            try reader.members { reader, key in
                switch key {
                case "inputFingerprint": input = try reader.string()
                case "contentHash": contentHash = try reader.string()
                case "size": size = try reader.integer()
                case "modified": modified = try reader.integer()
                default: try reader.skipValue(depth: 0)
                }
            }
            guard let input, let contentHash, let size, let modified else { throw Malformed() }
            files[path] = SiteManifest.Entry(
                inputFingerprint: input, contentHash: contentHash, size: size, modified: modified)
        }
        return files
    }

    private static func append(_ text: String, to out: inout [UInt8]) { out.append(contentsOf: text.utf8) }

    private static func appendString(_ text: String, to out: inout [UInt8]) {
        var text = text
        text.withUTF8 { appendString($0, to: &out) }
    }

    private static func appendString(_ utf8: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        if !utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) {
            out.append(contentsOf: utf8)
        } else {
            for byte in utf8 {
                switch byte {
                case UInt8(ascii: "\""): append(#"\""#, to: &out)
                case UInt8(ascii: "\\"): append(#"\\"#, to: &out)
                case 0x0A: append(#"\n"#, to: &out)
                case 0x0D: append(#"\r"#, to: &out)
                case 0x09: append(#"\t"#, to: &out)
                case 0x08: append(#"\b"#, to: &out)
                case 0x0C: append(#"\f"#, to: &out)
                case 0..<0x20:
                    let hex = String(byte, radix: 16)
                    append(#"\u"# + String(repeating: "0", count: 4 - hex.count) + hex, to: &out)
                default: out.append(byte)
                }
            }
        }
        out.append(UInt8(ascii: "\""))
    }

    private static func appendInteger(_ value: Int64, to out: inout [UInt8]) {
        if value < 0 { out.append(UInt8(ascii: "-")) }
        var magnitude = value.magnitude
        // Up to 20 digits, written backwards into a fixed buffer (no allocation per number).
        var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)
        withUnsafeMutableBytes(of: &digits) { buffer in
            var index = buffer.count
            repeat {
                index -= 1
                buffer[index] = UInt8(ascii: "0") + UInt8(magnitude % 10)
                magnitude /= 10
            } while magnitude > 0
            out.append(contentsOf: buffer[index...])
        }
    }
}

extension SiteManifestCodec {
    /// A minimal pull reader over JSON bytes: objects, strings and integers, and skipping anything.
    private struct Reader {
        let bytes: [UInt8]
        var index = 0
        static let maximumDepth = 64

        init(bytes: [UInt8]) { self.bytes = bytes }

        /// Reads an object, calling `body` with each member's key; `body` must read the value.
        mutating func members(_ body: (inout Reader, String) throws -> Void) throws {
            try expect(UInt8(ascii: "{"))
            skipWhitespace()
            if peek() == UInt8(ascii: "}") {
                index += 1
                return
            }
            while true {
                skipWhitespace()
                let key = try string()
                try expect(UInt8(ascii: ":"))
                try body(&self, key)
                skipWhitespace()
                guard index < bytes.count else { throw SiteManifestCodec.Malformed() }
                let separator = bytes[index]
                index += 1
                if separator == UInt8(ascii: "}") { return }
                guard separator == UInt8(ascii: ",") else { throw SiteManifestCodec.Malformed() }
            }
        }

        mutating func string() throws -> String {
            try expect(UInt8(ascii: "\""))
            let start = index
            while index < bytes.count {
                let byte = bytes[index]
                if byte == UInt8(ascii: "\"") {
                    index += 1
                    return String(decoding: bytes[start..<(index - 1)], as: UTF8.self)
                }
                if byte == UInt8(ascii: "\\") { return try escapedString(from: start) }
                guard byte >= 0x20 else { throw SiteManifestCodec.Malformed() }
                index += 1
            }
            throw SiteManifestCodec.Malformed()
        }

        private mutating func escapedString(from start: Int) throws -> String {
            var out = Array(bytes[start..<index])
            while index < bytes.count {
                let byte = bytes[index]
                index += 1
                switch byte {
                case UInt8(ascii: "\""):
                    return String(decoding: out, as: UTF8.self)
                case UInt8(ascii: "\\"):
                    guard index < bytes.count else { throw SiteManifestCodec.Malformed() }
                    let escape = bytes[index]
                    index += 1
                    switch escape {
                    case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): out.append(escape)
                    case UInt8(ascii: "n"): out.append(0x0A)
                    case UInt8(ascii: "r"): out.append(0x0D)
                    case UInt8(ascii: "t"): out.append(0x09)
                    case UInt8(ascii: "b"): out.append(0x08)
                    case UInt8(ascii: "f"): out.append(0x0C)
                    case UInt8(ascii: "u"): out.append(contentsOf: try unicodeEscape())
                    default: throw SiteManifestCodec.Malformed()
                    }
                case 0..<0x20:
                    throw SiteManifestCodec.Malformed()
                default:
                    out.append(byte)
                }
            }
            throw SiteManifestCodec.Malformed()
        }

        /// The UTF-8 of a `\uXXXX` escape (the `\u` already read), joining a surrogate pair.
        private mutating func unicodeEscape() throws -> [UInt8] {
            var value = try hexQuad()
            if (0xD800..<0xDC00).contains(value) {
                guard index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u")
                else { throw SiteManifestCodec.Malformed() }
                index += 2
                let low = try hexQuad()
                guard (0xDC00..<0xE000).contains(low) else { throw SiteManifestCodec.Malformed() }
                value = 0x10000 + ((value - 0xD800) << 10) + (low - 0xDC00)
            }
            guard let scalar = Unicode.Scalar(value) else { throw SiteManifestCodec.Malformed() }
            return Array(String(Character(scalar)).utf8)
        }

        private mutating func hexQuad() throws -> UInt32 {
            guard index + 4 <= bytes.count,
                let value = UInt32(String(decoding: bytes[index..<(index + 4)], as: UTF8.self), radix: 16)
            else { throw SiteManifestCodec.Malformed() }
            index += 4
            return value
        }

        /// An integer written as JSONEncoder writes one (no fraction, no exponent).
        mutating func integer() throws -> Int64 {
            skipWhitespace()
            let negative = peek() == UInt8(ascii: "-")
            if negative { index += 1 }
            var value: Int64 = 0
            let start = index
            while index < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index]) {
                let digit = Int64(bytes[index] - UInt8(ascii: "0"))
                let (times10, overflowA) = value.multipliedReportingOverflow(by: 10)
                let (sum, overflowB) = times10.addingReportingOverflow(negative ? -digit : digit)
                guard !overflowA && !overflowB else { throw SiteManifestCodec.Malformed() }
                value = sum
                index += 1
            }
            guard index > start else { throw SiteManifestCodec.Malformed() }
            if let next = peek(), next == UInt8(ascii: ".") || next == UInt8(ascii: "e") || next == UInt8(ascii: "E") {
                throw SiteManifestCodec.Malformed()
            }
            return value
        }

        mutating func skipValue(depth: Int) throws {
            guard depth < Self.maximumDepth else { throw SiteManifestCodec.Malformed() }
            skipWhitespace()
            guard let first = peek() else { throw SiteManifestCodec.Malformed() }
            switch first {
            case UInt8(ascii: "\""):
                _ = try string()
            case UInt8(ascii: "{"):
                try members { reader, _ in try reader.skipValue(depth: depth + 1) }
            case UInt8(ascii: "["):
                index += 1
                skipWhitespace()
                if peek() == UInt8(ascii: "]") {
                    index += 1
                    return
                }
                while true {
                    try skipValue(depth: depth + 1)
                    skipWhitespace()
                    guard let separator = peek() else { throw SiteManifestCodec.Malformed() }
                    index += 1
                    if separator == UInt8(ascii: "]") { return }
                    guard separator == UInt8(ascii: ",") else { throw SiteManifestCodec.Malformed() }
                }
            case UInt8(ascii: "t"): try literal("true")
            case UInt8(ascii: "f"): try literal("false")
            case UInt8(ascii: "n"): try literal("null")
            default:
                let start = index
                while let byte = peek(), "0123456789+-.eE".utf8.contains(byte) { index += 1 }
                guard index > start else { throw SiteManifestCodec.Malformed() }
            }
        }

        mutating func expectEnd() throws {
            skipWhitespace()
            guard index == bytes.count else { throw SiteManifestCodec.Malformed() }
        }

        private mutating func literal(_ word: String) throws {
            let utf8 = Array(word.utf8)
            guard index + utf8.count <= bytes.count, Array(bytes[index..<(index + utf8.count)]) == utf8 else {
                throw SiteManifestCodec.Malformed()
            }
            index += utf8.count
        }

        private mutating func expect(_ byte: UInt8) throws {
            skipWhitespace()
            guard peek() == byte else { throw SiteManifestCodec.Malformed() }
            index += 1
        }

        private func peek() -> UInt8? { index < bytes.count ? bytes[index] : nil }

        private mutating func skipWhitespace() {
            while index < bytes.count {
                switch bytes[index] {
                case 0x20, 0x09, 0x0A, 0x0D: index += 1
                default: return
                }
            }
        }
    }
}
