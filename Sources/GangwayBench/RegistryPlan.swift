import GangwayStore

/// What the benchmark seeds and what the registry says, order by order: most rows match their
/// recorded payment; 3 % were paid a different amount; 1 % of the orders are missing from the
/// registry, and their places are taken by rows the store cannot match to a recorded payment —
/// half name no existing order, half pay an already-paid order a second time. So the registry has
/// exactly as many rows as there are orders, and every classification path runs.
struct RegistryPlan {
    /// The registry's day (Moscow) and 00:00 UTC of it.
    static let day = "2026-11-25"
    static let dayStart: Int64 = 1_795_564_800
    /// 03:00 Moscow (00:00 UTC): payments run from here to 23:59:59, all on the registry's day.
    static let firstSecond = 3 * 3_600
    static let lastSecond = 24 * 3_600 - 1

    let orders: Int

    var rows: Int { orders }

    /// What an order (0 ..< orders) is in the registry.
    enum Fate {
        case matched, amountDiffers, missing
    }

    func fate(_ index: Int) -> Fate {
        switch index % 100 {
        case 37: .missing
        case 11, 52, 83: .amountDiffers
        default: .matched
        }
    }

    var missingCount: Int { Self.count(orders, remainders: [37]) }
    var differsCount: Int { Self.count(orders, remainders: [11, 52, 83]) }

    /// The unmatched rows that take the missing orders' places: even ones name no order, odd ones
    /// pay an order a second time.
    var noOrderCount: Int { (missingCount + 1) / 2 }
    var paidTwiceCount: Int { missingCount / 2 }

    var expectedOutcomes: [String: Int] {
        let counts = [
            "matched": orders - missingCount - differsCount, "amount_differs": differsCount,
            "missing_from_export": missingCount, "no_order": noOrderCount, "paid_twice": paidTwiceCount,
        ]
        return counts.filter { $0.value > 0 }
    }

    private static func count(_ total: Int, remainders: [Int]) -> Int {
        remainders.reduce(0) { sum, remainder in sum + (total > remainder ? (total - 1 - remainder) / 100 + 1 : 0) }
    }

    /// Order `index` as seeded: its recorded payment took its total.
    func order(_ index: Int) -> BenchmarkPaidOrder {
        let total = Self.total(index)
        let second = second(index)
        let utc = second - 3 * 3_600
        return BenchmarkPaidOrder(
            code: Self.code(index), paymentID: Self.paymentID(index, extra: false), total: total,
            net: Self.net(total), occurredAt: "\(Self.day)T\(Self.clock(utc))Z",
            createdAt: Self.dayStart + Int64(utc) - 120)
    }

    /// Second of the Moscow day row `index` was paid at, spread over 03:00–23:59:59.
    func second(_ index: Int) -> Int {
        Self.firstSecond + Int(Int64(index) * Int64(Self.lastSecond - Self.firstSecond) / Int64(max(orders - 1, 1)))
    }

    /// Prices of 500 to 4,950 roubles in steps of 50, and one in seven with kopecks (a discount).
    static func total(_ index: Int) -> Int64 {
        let mixed = (UInt64(index) &* 2_654_435_761) >> 7
        let roubles = Int64(500 + (mixed % 90) * 50)
        return roubles * 100 - (index % 7 == 3 ? 55 : 0)
    }

    /// ЮKassa's commission: 3 % of the gross and 22 % VAT on it.
    static func commission(_ gross: Int64) -> Int64 { (gross * 3 + 50) / 100 }
    static func commissionVAT(_ gross: Int64) -> Int64 { (commission(gross) * 22 + 50) / 100 }
    static func net(_ gross: Int64) -> Int64 { gross - commission(gross) - commissionVAT(gross) }

    private static let alphabet = Array("23456789ABCDEFGHJKLMNPQRSTUVWXYZ".utf8)

    /// `GW-` and 8 symbols: `index` scrambled by an odd multiplier modulo 32⁸, so distinct indexes
    /// give distinct codes in no visible order.
    static func code(_ index: Int) -> String {
        var value = (UInt64(index) &* 0x9E37_79B9_7F4A_7C15 &+ 0x2545_F491) & ((1 << 40) - 1)
        var bytes = Array("GW-00000000".utf8)
        for position in stride(from: 10, through: 3, by: -1) {
            bytes[position] = alphabet[Int(value & 31)]
            value >>= 5
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// A ЮKassa-shaped payment id (`30000000-000f-5000-8000-…`), distinct per index; `extra`
    /// ids (rows with no recorded payment) start with 4 instead of 3.
    static func paymentID(_ index: Int, extra: Bool) -> String {
        let head = hex(UInt64((extra ? 0x4000_0000 : 0x3000_0000) + index), digits: 8)
        let tail = hex((UInt64(index) &* 0xD6E8_FEB8_6659_FD93) & 0xFFFF_FFFF_FFFF, digits: 12)
        return head + "-000f-5000-" + (index % 2 == 0 ? "8000" : "9000") + "-" + tail
    }

    private static func hex(_ value: UInt64, digits: Int) -> String {
        let symbols = Array("0123456789abcdef".utf8)
        var bytes = [UInt8](repeating: 0, count: digits)
        var rest = value
        for position in stride(from: digits - 1, through: 0, by: -1) {
            bytes[position] = symbols[Int(rest & 15)]
            rest >>= 4
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// `HH:MM:SS`.
    static func clock(_ second: Int) -> String {
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return "\(two(second / 3_600)):\(two(second / 60 % 60)):\(two(second % 60))"
    }

    /// `1234.56`.
    static func money(_ kopecks: Int64) -> String {
        let part = kopecks % 100
        return "\(kopecks / 100).\(part < 10 ? "0" : "")\(part)"
    }
}
