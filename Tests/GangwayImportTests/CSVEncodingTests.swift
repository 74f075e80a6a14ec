import Foundation
import GangwayCore
import Testing

@testable import GangwayImport

@Suite
struct CSVEncodingTests {
    @Test
    func windows1251TableAgreesWithFoundationForEveryDefinedByte() throws {
        for byte in UInt8.min...UInt8.max where byte != 0x98 {
            let expected = try #require(String(data: Data([byte]), encoding: .windowsCP1251))
            #expect([byte].withUnsafeBufferPointer { Windows1251.decode($0) } == expected, "byte \(byte)")
            #expect(String(Windows1251.scalar(for: byte)) == expected, "byte \(byte)")
        }
    }

    @Test
    func undefinedWindows1251ByteBecomesTheReplacementCharacter() {
        #expect([UInt8(0x98)].withUnsafeBufferPointer { Windows1251.decode($0) } == "\u{FFFD}")
    }

    @Test
    func windows1251DecodesWholeText() throws {
        let text = "Дворцовая пристань — «Ночная Нева», № 5, ёЁ, 1 500,50 €, ™"
        let bytes = try [UInt8](#require(text.data(using: .windowsCP1251)))
        #expect(bytes.count == text.count)
        #expect(bytes.withUnsafeBufferPointer { Windows1251.decode($0) } == text)
        #expect(bytes.withUnsafeBufferPointer { CSVEncoding.windows1251.decode($0) } == text)
    }

    @Test
    func utf8ValidatorAcceptsACharacterCutAtEveryChunkBoundary() {
        let bytes = Array("a🚢bЖ€".utf8)
        for cut in 0...bytes.count {
            var validator = UTF8Validator()
            bytes[..<cut].withUnsafeBytes { validator.feed($0) }
            bytes[cut...].withUnsafeBytes { validator.feed($0) }
            validator.finish()
            #expect(validator.isValid, "cut at \(cut)")
        }
    }

    @Test
    func utf8ValidatorPointsAtTheFirstBadSequence() {
        var validator = UTF8Validator()
        let bytes: [UInt8] = Array("0123456789Ж".utf8) + [0xD0, 0x41, 0xFF]
        bytes.withUnsafeBytes { validator.feed($0) }
        validator.finish()
        #expect(!validator.isValid)
        #expect(validator.firstInvalidOffset == 12)
    }

    @Test(arguments: 0..<200)
    func utf8ValidatorAgreesWithTheStandardLibrary(seed: Int) {
        var generator = SplitMix64(seed: UInt64(seed))
        let bytes = Self.mostlyUTF8(count: Int(generator.next() % 64), using: &generator)
        let chunk = 1 + Int(generator.next() % 9)
        var validator = UTF8Validator()
        var start = 0
        while start < bytes.count {
            let end = min(start + chunk, bytes.count)
            bytes[start..<end].withUnsafeBytes { validator.feed($0) }
            start = end
        }
        validator.finish()
        #expect(validator.isValid == Self.isWellFormedUTF8(bytes), "\(bytes.map { String($0, radix: 16) })")
    }

    // MARK: - Whole files

    @Test(
        arguments: [
            [0xC0, 0x80],  // overlong NUL
            [0xE0, 0x80, 0x80],  // overlong
            [0xED, 0xA0, 0x80],  // surrogate
            [0xF4, 0x90, 0x80, 0x80],  // above U+10FFFF
            [0xF5, 0x80, 0x80, 0x80],  // not a lead byte
            [0x80],  // lone continuation
            [0xCF, 0xF0],  // "Пр" in Windows-1251
            [0xD0],  // cut at the end of the file
        ] as [[UInt8]])
    func invalidUTF8MakesTheWholeFileWindows1251(tail: [UInt8]) throws {
        let (reader, _) = try CSVReaderTests.read(bytes: Array("id;name\n1;Ж".utf8) + tail)
        #expect(reader.encoding == .windows1251)
        #expect(reader.problems.isEmpty)
    }

    @Test(
        arguments: [
            [0xC2, 0x80], [0xDF, 0xBF], [0xE0, 0xA0, 0x80], [0xED, 0x9F, 0xBF], [0xEF, 0xBF, 0xBF],
            [0xF0, 0x90, 0x80, 0x80], [0xF0, 0x9F, 0x9A, 0xA2], [0xF4, 0x8F, 0xBF, 0xBF],
        ] as [[UInt8]])
    func wellFormedUTF8StaysUTF8(tail: [UInt8]) throws {
        let (reader, rows) = try CSVReaderTests.read(bytes: Array("id;name\n1;".utf8) + tail, chunkSize: 3)
        #expect(reader.encoding == .utf8)
        #expect(rows.first?.fields.last == String(decoding: tail, as: UTF8.self))
    }

    @Test
    func emptyInputHasNoHeader() throws {
        let (reader, rows) = try CSVReaderTests.read(bytes: [])
        #expect(reader.encoding == .utf8)
        #expect(reader.delimiter == .semicolon)
        #expect(reader.header == nil)
        #expect(rows.isEmpty)
    }

    @Test(arguments: [[0xEF], [0xEF, 0xBB], [0xEF, 0xBB, 0xBF], [0xEF, 0x41]] as [[UInt8]])
    func aByteOrderMarkIsOnlyAWholeOne(bytes: [UInt8]) throws {
        let (reader, rows) = try CSVReaderTests.read(bytes: bytes, chunkSize: 1)
        #expect(rows.isEmpty)
        if bytes == [0xEF, 0xBB, 0xBF] {
            #expect(reader.encoding == .utf8BOM)
            #expect(reader.header == nil)
        } else {
            #expect(reader.encoding == .windows1251)
            #expect(reader.header?.line == 1)
        }
    }

    // MARK: - Helpers

    /// Valid characters of every length, with now and then a byte that often breaks them.
    static func mostlyUTF8(count: Int, using generator: inout SplitMix64) -> [UInt8] {
        let pieces: [[UInt8]] = [
            Array("a".utf8), Array("Ж".utf8), Array("€".utf8), Array("🚢".utf8), Array("\u{7FF}".utf8),
            Array("\u{FFFF}".utf8), Array("\u{10FFFF}".utf8), Array("\u{D7FF}".utf8),
        ]
        var bytes: [UInt8] = []
        while bytes.count < count {
            if generator.next() % 8 == 0 {
                bytes.append(UInt8(truncatingIfNeeded: generator.next()))
            } else {
                bytes += pieces[Int(generator.next() % UInt64(pieces.count))]
            }
        }
        return bytes
    }

    /// The standard library's own UTF-8 decoder as the reference.
    static func isWellFormedUTF8(_ bytes: [UInt8]) -> Bool {
        var iterator = bytes.makeIterator()
        var decoder = Unicode.UTF8()
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue: continue
            case .emptyInput: return true
            case .error: return false
            }
        }
    }

    /// A small seeded generator so the random cases are the same on every run.
    struct SplitMix64: RandomNumberGenerator {
        private var state: UInt64

        init(seed: UInt64) {
            state = seed
        }

        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var value = state
            value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
            value = (value ^ (value >> 27)) &* 0x94D0_49BB_1330_11EB
            return value ^ (value >> 31)
        }
    }
}
