/// What a reconciliation report shows: totals per provider and day as the exports state them
/// (with the files' own footers beside them), then every finding of those days that needs a
/// person or changed something.
public struct ReconciliationReport: Sendable, Equatable {
    public struct Day: Sendable, Equatable {
        public var provider: String
        public var day: String
        public var payments: Int
        public var gross: Int64
        public var commission: Int64
        public var commissionVAT: Int64
        public var net: Int64
        public var refunds: Int
        public var refunded: Int64
        /// The footers of the registries that cover the day (`Сумма принятых платежей`), summed.
        public var footerTotal: Int64?
        public var footerCount: Int?
        /// The files the figures come from.
        public var files: [String]
    }

    public struct Finding: Sendable, Equatable {
        public var id: Int64
        public var outcome: ReconcileOutcome
        public var provider: String
        public var day: String
        public var orderCode: String?
        public var customer: String?
        public var providerID: String?
        public var expected: Int64?
        public var actual: Int64?
        public var fee: Int64?
        public var evidence: String
        public var resolution: String?
        public var resolvedBy: String?
    }

    public var days: [Day]
    public var findings: [Finding]
    /// How many findings of the days matched cleanly (not listed one by one).
    public var matched: Int
}
