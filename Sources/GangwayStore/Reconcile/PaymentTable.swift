/// Recorded payments by packed id (``PaymentKey``), for the million look-ups of one
/// reconciliation run: open addressing with linear probing over a slot array that is at most half
/// full, the payments themselves kept densely in the order added. The key's 128 bits are already
/// spread (a UUID), so a multiply-and-fold hash stands in for `Hasher`, which was most of the cost
/// of a `Dictionary` here.
struct PaymentTable {
    private var keys: [PaymentKey] = []
    private var values: [KnownPayment] = []
    /// Index + 1 into `keys`/`values`; 0 is an empty slot. The count is a power of two.
    private var slots: [Int32] = Array(repeating: 0, count: 16)

    var count: Int { keys.count }

    /// The payment under `key`, if any.
    func payment(_ key: PaymentKey) -> KnownPayment? {
        guard let index = index(of: key) else { return nil }
        return values[index]
    }

    /// Adds `payment` under `key`, replacing the one there.
    mutating func add(_ key: PaymentKey, _ payment: KnownPayment) {
        if let index = index(of: key) {
            values[index] = payment
            return
        }
        if (keys.count + 1) * 2 > slots.count { grow() }
        keys.append(key)
        values.append(payment)
        place(Int32(keys.count), key: key)
    }

    /// Marks the payment under `key` shown and returns it; nil when there is none.
    mutating func show(_ key: PaymentKey) -> KnownPayment? {
        guard let index = index(of: key) else { return nil }
        values[index].shown = true
        return values[index]
    }

    /// Every key and payment, in the order added.
    var all: Zip2Sequence<[PaymentKey], [KnownPayment]> { zip(keys, values) }

    private func index(of key: PaymentKey) -> Int? {
        let mask = slots.count - 1
        var slot = Self.hash(key) & mask
        while true {
            let entry = slots[slot]
            if entry == 0 { return nil }
            if keys[Int(entry) - 1] == key { return Int(entry) - 1 }
            slot = (slot + 1) & mask
        }
    }

    private mutating func place(_ entry: Int32, key: PaymentKey) {
        let mask = slots.count - 1
        var slot = Self.hash(key) & mask
        while slots[slot] != 0 { slot = (slot + 1) & mask }
        slots[slot] = entry
    }

    private mutating func grow() {
        slots = Array(repeating: 0, count: slots.count * 2)
        for (offset, key) in keys.enumerated() { place(Int32(offset + 1), key: key) }
    }

    private static func hash(_ key: PaymentKey) -> Int {
        let mixed = (key.high &* 0x9E37_79B9_7F4A_7C15) ^ (key.low &* 0xC2B2_AE3D_27D4_EB4F)
        return Int(truncatingIfNeeded: mixed ^ (mixed >> 29))
    }
}
