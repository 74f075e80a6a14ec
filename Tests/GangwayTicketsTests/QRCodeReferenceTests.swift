import Testing

@testable import GangwayTickets

struct QRCodeReferenceTests {
    static let references = [
        QRReferenceMatrices.helloWorldVersion1M,
        QRReferenceMatrices.helloWorldVersion1MMask2,
        QRReferenceMatrices.ticketVersion1L,
        QRReferenceMatrices.ticketVersion2M,
        QRReferenceMatrices.ticketURLVersion7M,
        QRReferenceMatrices.ticketURLVersion11H,
    ]

    @Test(arguments: references)
    func matchesTheReferenceModuleForModule(reference: QRReference) throws {
        let bytes = Array(reference.text.utf8)
        let mask = reference.forcedMask ? QRMask(rawValue: reference.mask) : nil
        let code = try QRCode(bytes: bytes, correction: reference.correction, mask: mask)
        #expect(code.version == reference.version)
        #expect(code.size == reference.version * 4 + 17)
        #expect(code.mask == reference.mask, "the mask chosen by the penalty score differs")
        let expected = reference.matrix
        let actual = QRReference.rows(of: code)
        try #require(expected.count == code.size && expected.allSatisfy { $0.count == code.size })
        var differences: [String] = []
        for (y, (want, got)) in zip(expected, actual).enumerated() {
            for (x, (a, b)) in zip(want, got).enumerated() where a != b { differences.append("(\(x), \(y))") }
        }
        #expect(differences.isEmpty, "\(differences.count) modules differ, first at \(differences.prefix(8))")
    }

    @Test(arguments: references)
    func penaltyScoresMatchTheReference(reference: QRReference) throws {
        #expect(try penaltyScores(of: reference.text, correction: reference.correction) == reference.penaltyScores)
    }

    @Test(arguments: QRReferenceMatrices.unbalancedScores)
    func penaltyScoresCountTheDarkShare(text: String, correction: QRCode.Correction, scores: [Int]) throws {
        #expect(try penaltyScores(of: text, correction: correction) == scores)
    }

    @Test(arguments: QRReferenceMatrices.maskChoices)
    func choosesTheMaskWithTheLowestPenalty(text: String, correction: QRCode.Correction, mask: Int) throws {
        #expect(try QRCode(text: text, correction: correction).mask == mask)
    }

    @Test func textInitialiserStoresUTF8Bytes() throws {
        let reference = QRReferenceMatrices.ticketVersion2M
        let code = try QRCode(text: reference.text, correction: reference.correction)
        #expect(QRReference.rows(of: code) == reference.matrix)
        #expect(code.correction == .medium)
    }

    @Test func defaultCorrectionIsMedium() throws {
        let reference = QRReferenceMatrices.helloWorldVersion1M
        #expect(try QRCode(text: reference.text) == QRCode(text: reference.text, correction: .medium))
        #expect(try QRCode(bytes: Array(reference.text.utf8)).correction == .medium)
    }

    @Test func modulesOutsideTheCodeAreLight() throws {
        let code = try QRCode(text: "GW-7K3M9Q")
        #expect(code.isDark(x: 0, y: 0))  // corner of the top left finder
        for (x, y) in [(-1, 0), (0, -1), (code.size, 0), (0, code.size), (-4, -4), (Int.max, Int.min)] {
            #expect(!code.isDark(x: x, y: y))
        }
    }

    /// The score of each mask for `text` in the smallest version, checking that scoring leaves the data
    /// modules as they were.
    private func penaltyScores(of text: String, correction: QRCode.Correction) throws -> [Int] {
        let bytes = Array(text.utf8)
        let version = try #require(QRVersion.smallest(holding: bytes.count, correction: correction))
        let data = QRCodewords.data(for: bytes, version: version, correction: correction)
        var matrix = QRMatrix(version: version)
        matrix.placeCodewords(QRCodewords.interleaved(data: data, version: version, correction: correction))
        let unmasked = matrix.modules
        let scores = matrix.penaltyScores(correction: correction)
        matrix.drawFormatBits(0)  // as it was reserved
        let unchanged = matrix.modules == unmasked
        #expect(unchanged, "scoring leaves the data unmasked")
        return scores
    }
}
