import Testing

@testable import GangwayTickets

struct QRReedSolomonTests {
    /// ISO/IEC 18004 annex I: "01234567" as a version 1-M code. The error correction codewords were
    /// also checked with the reedsolo package (fcr 0, primitive 0x11D).
    @Test func isoExampleVersion1M() {
        let data: [UInt8] = [
            0x10, 0x20, 0x0C, 0x56, 0x61, 0x80, 0xEC, 0x11, 0xEC, 0x11, 0xEC, 0x11, 0xEC, 0x11, 0xEC, 0x11,
        ]
        let expected: [UInt8] = [0xA5, 0x24, 0xD4, 0xC1, 0xED, 0x36, 0xC7, 0x87, 0x2C, 0x55]
        #expect(QRReedSolomon(degree: 10).remainder(of: data) == expected)
    }

    /// 30 error correction codewords, the most any block uses, from reedsolo 1.7.0.
    @Test func thirtyCodewordsOfUTF8Text() {
        let data = Array("Билет № 42".utf8)
        let expected = bytes(hex: "e546b09fa2d324aeec2dff3e489774015512a628b6a874c47f4f83afddf9")
        #expect(QRReedSolomon(degree: 30).remainder(of: data) == expected)
    }

    @Test func dataCodewordsOfHelloWorldVersion1M() {
        let data = QRCodewords.data(for: Array("HELLO WORLD".utf8), version: QRVersion(1), correction: .medium)
        #expect(data == bytes(hex: "40b48454c4c4f20574f524c440ec11ec"))
    }

    /// From version 10 on, the byte count takes 16 bits instead of 8.
    @Test func byteCountIsSixteenBitsFromVersion10() {
        let version9 = QRCodewords.data(for: [0x41], version: QRVersion(9), correction: .low)
        let version10 = QRCodewords.data(for: [0x41], version: QRVersion(10), correction: .low)
        #expect(Array(version9.prefix(4)) == [0x40, 0x14, 0x10, 0xEC])
        #expect(Array(version10.prefix(5)) == [0x40, 0x00, 0x14, 0x10, 0xEC])
        #expect(version9.count == QRVersion(9).dataCodewordCount(.low))
        #expect(version10.count == QRVersion(10).dataCodewordCount(.low))
    }

    /// Version 5-Q has two blocks of 15 data codewords and two of 16, each with 18 error correction
    /// codewords. The expected sequence is from qrcodegen 1.8.0 for the data 0, 1, … 61.
    @Test func interleavesBlocksOfTwoLengths() {
        let data = (0..<62).map { UInt8($0) }
        let expected = bytes(
            hex: "000f1e2e01101f2f02112030031221310413223205142333061524340716253508172636091827370a19"
                + "28380b1a29390c1b2a3a0d1c2b3b0e1d2c3c2d3d8255124420d802e0398392e7e21c2d7021517bad9c"
                + "4d105f805e8eeb9eab8344d8d54183d34b61f20df9da834376dc57f14aeb6eaf1cc76e9e240341bca4"
                + "df1d8ba89584679a8a13"
        )
        #expect(QRCodewords.interleaved(data: data, version: QRVersion(5), correction: .quartile) == expected)
    }

    private func bytes(hex: String) -> [UInt8] {
        let digits = Array(hex.utf8)
        return stride(from: 0, to: digits.count, by: 2).compactMap {
            UInt8(String(decoding: digits[$0..<($0 + 2)], as: UTF8.self), radix: 16)
        }
    }
}
