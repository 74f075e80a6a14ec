/// One of the eight data mask patterns (ISO/IEC 18004 table 10). A mask flips the data modules where
/// its condition holds, to break up areas and shapes that would confuse a reader.
enum QRMask: Int, Sendable, CaseIterable {
    case pattern0 = 0
    case pattern1 = 1
    case pattern2 = 2
    case pattern3 = 3
    case pattern4 = 4
    case pattern5 = 5
    case pattern6 = 6
    case pattern7 = 7

    /// Whether the mask flips the module in column `x` and row `y`.
    func flips(x: Int, y: Int) -> Bool {
        switch self {
        case .pattern0: return (x + y) % 2 == 0
        case .pattern1: return y % 2 == 0
        case .pattern2: return x % 3 == 0
        case .pattern3: return (x + y) % 3 == 0
        case .pattern4: return (x / 3 + y / 2) % 2 == 0
        case .pattern5: return x * y % 2 + x * y % 3 == 0
        case .pattern6: return (x * y % 2 + x * y % 3) % 2 == 0
        case .pattern7: return ((x + y) % 2 + x * y % 3) % 2 == 0
        }
    }
}
