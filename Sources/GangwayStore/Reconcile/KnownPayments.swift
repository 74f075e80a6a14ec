/// One provider's recorded payments of the days a run judges, held in memory for matching that
/// run's export rows in one pass: canonical UUID ids as two integers (``PaymentKey``, in a
/// ``PaymentTable``), any other id as its text. A class, so that marking a payment shown changes
/// it in place.
final class KnownPayments {
    private var packed = PaymentTable()
    private var named: [String: KnownPayment] = [:]

    var count: Int { packed.count + named.count }

    func add(id: String, _ payment: KnownPayment) {
        if let key = PaymentKey(id) { packed.add(key, payment) } else { named[id] = payment }
    }

    func add(key: PaymentKey, _ payment: KnownPayment) { packed.add(key, payment) }

    /// The payment with `id`, marked shown; nil when it is not among these.
    func show(id: String) -> KnownPayment? {
        if let key = PaymentKey(id) { return show(key: key) }
        named[id]?.shown = true
        return named[id]
    }

    /// The payment whose id packs to `key`, marked shown; nil when it is not among these.
    func show(key: PaymentKey) -> KnownPayment? { packed.show(key) }

    /// The payment whose id packs to `key`, if among these (not marked).
    func payment(key: PaymentKey) -> KnownPayment? { packed.payment(key) }

    /// The payment with `id`, if among these (not marked).
    func payment(id: String) -> KnownPayment? {
        if let key = PaymentKey(id) { return packed.payment(key) }
        return named[id]
    }

    /// Whether the payment whose id packs to `key` is among these.
    func contains(key: PaymentKey) -> Bool { packed.payment(key) != nil }

    /// Whether the payment with `id` is among these.
    func contains(id: String) -> Bool {
        if let key = PaymentKey(id) { return contains(key: key) }
        return named[id] != nil
    }

    /// The payments that paid an order and that no row has shown, in the order they were
    /// recorded: their ids and `payment.id`s.
    func unshownPaid() -> [(id: String, rowID: Int64)] {
        let packedOnes = packed.all.lazy.filter { !$0.1.shown && $0.1.paidAnOrder }.map { ($0.0.id, $0.1.rowID) }
        let namedOnes = named.lazy.filter { !$0.value.shown && $0.value.paidAnOrder }.map { ($0.key, $0.value.rowID) }
        return (Array(packedOnes) + Array(namedOnes)).sorted { $0.1 < $1.1 }
    }
}
