import Testing

@testable import GangwaySite

struct ContentHashTests {
    @Test func isStableAcrossRunsAndSixteenHexDigits() {
        // Fixed values (computed independently): a manifest written by one build is read by the
        // next process, so the function may never depend on a per-process seed.
        #expect(ContentHash.hex([]) == "d8a310150df90781")
        #expect(ContentHash.hex(Array("abc".utf8)) == "682357356540e819")
        #expect(ContentHash.hex(Array("<p>рейс</p>".utf8)) == "cf38c0e33c763c5d")
        #expect(ContentHash.hex(Array("<p>рейс</p>".utf8)).count == 16)
        #expect(ContentHash.hex(Array("abc".utf8)).allSatisfy { "0123456789abcdef".contains($0) })
    }

    @Test func everyByteAndTheLengthCount() {
        let page = Array("<html lang=\"ru\"><p>Осталось 12 мест, 2 500 ₽</p></html>".utf8)
        var seen: Set<String> = [ContentHash.hex(page)]
        for index in page.indices {
            for bit in 0..<8 {
                var changed = page
                changed[index] ^= UInt8(1 << bit)
                seen.insert(ContentHash.hex(changed))
            }
        }
        #expect(seen.count == page.count * 8 + 1)
        #expect(ContentHash.hex([0x61]) != ContentHash.hex([0x61, 0]))
        #expect(ContentHash.hex([]) != ContentHash.hex([0]))
    }
}
