extension QRMatrix {
    /// The penalty score of each of the eight masks, in mask order, each scored with its own format
    /// bits in place (see ``QRBitGrid/penaltyScore``). The data modules are left unmasked.
    mutating func penaltyScores(correction: QRCode.Correction) -> [Int] {
        QRMask.allCases.map { mask in
            drawFormatBits(QRFormatInfo.formatBits(correction: correction, mask: mask))
            return QRBitGrid(self, mask: mask).penaltyScore
        }
    }
}
