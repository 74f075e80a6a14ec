/// How far reconciliation may act on its own (`reconcile.*` configuration).
public struct ReconcilePolicy: Sendable, Equatable {
    /// Confirm a pending or expired order the export proves paid, through `markPaid` (tickets
    /// issued when its places are still free; flagged when not).
    public var confirmPaidOrders: Bool
    /// The largest ЮMoney wallet fee (order total − credited amount) accepted as "paid", in basis
    /// points of the total.
    public var walletFeeBasisPoints: Int64

    public init(confirmPaidOrders: Bool = true, walletFeeBasisPoints: Int64 = 500) {
        self.confirmPaidOrders = confirmPaidOrders
        self.walletFeeBasisPoints = walletFeeBasisPoints
    }
}
