extension QRCode {
    /// How much of a code can be damaged or covered and still be read. More correction makes the
    /// code larger for the same data. `medium` is the usual choice for codes shown on a screen or
    /// printed on a ticket.
    public enum Correction: Sendable, Hashable, CaseIterable {
        /// About 7% of the code can be restored.
        case low
        /// About 15% of the code can be restored.
        case medium
        /// About 25% of the code can be restored.
        case quartile
        /// About 30% of the code can be restored.
        case high

        /// The two bits that stand for this level in the format information (ISO/IEC 18004, table 12).
        /// They are not in the order of strength: L is 01, M is 00, Q is 11 and H is 10.
        var formatBits: Int {
            switch self {
            case .low: return 1
            case .medium: return 0
            case .quartile: return 3
            case .high: return 2
            }
        }

        /// The position of this level in the rows of ``QRBlockTable``.
        var tableIndex: Int {
            switch self {
            case .low: return 0
            case .medium: return 1
            case .quartile: return 2
            case .high: return 3
            }
        }
    }
}
