/// The payments recorded on some provider days, read on a reader connection while an export is
/// still loading (the second core is free then), so that ``AppDatabase/reconcile(policy:at:ahead:)``
/// need not read them after the load. It is a snapshot: `lastID` is the highest `payment.id` it
/// saw, and the run adds whatever was recorded on those days after it (payments are never changed
/// once recorded). Used by one run, once: matching marks its payments shown.
///
/// `@unchecked Sendable`: built on the thread that reads ahead and handed over whole, after that
/// thread is done with it; never touched by two threads at once.
public final class PaymentsReadAhead: @unchecked Sendable {
    /// The provider days read.
    public private(set) var days: Set<ReconcileDay> = []
    /// The lowest of the highest `payment.id`s each read saw.
    private(set) var lastID: Int64 = .max
    private(set) var byProvider: [String: KnownPayments] = [:]

    public init() {}

    /// How many payments were read.
    public var count: Int { byProvider.values.reduce(0) { $0 + $1.count } }

    /// Records one read of `read` (days not read before) that saw payments up to `lastID`.
    func add(days read: [ReconcileDay], payments: [String: KnownPayments], lastID: Int64) {
        days.formUnion(read)
        byProvider = payments
        self.lastID = min(self.lastID, lastID)
    }
}
