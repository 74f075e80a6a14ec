/// One export row as the store keeps it (see `export_row`): amounts in kopecks, the moment in
/// seconds since 1970, the Moscow day it belongs to, and the order code its reference names.
public struct ExportRecord: Sendable, Equatable {
    public var provider: String
    public var kind: String
    public var providerID: String
    public var paymentID: String?
    public var gross: Int64?
    public var net: Int64?
    public var commission: Int64?
    public var commissionVAT: Int64?
    public var currency: String
    public var occurredAt: Int64
    /// `YYYY-MM-DD`, Moscow time (registries are Moscow days).
    public var day: String
    public var reference: String
    /// The canonical order code found in the reference, if any.
    public var orderRef: String?
    /// Other readings of a mangled reference (an `O` read as `Q` or as `D`): the first of
    /// `orderRef` and these that names an existing order is kept.
    public var orderRefAlternatives: [String] = []
    public var method: String?
    public var status: String?
    public var location: Int

    public init(
        provider: String, kind: String, providerID: String, paymentID: String?, gross: Int64?, net: Int64?,
        commission: Int64?, commissionVAT: Int64?, currency: String, occurredAt: Int64, day: String,
        reference: String, orderRef: String?, method: String?, status: String?, location: Int
    ) {
        self.provider = provider
        self.kind = kind
        self.providerID = providerID
        self.paymentID = paymentID
        self.gross = gross
        self.net = net
        self.commission = commission
        self.commissionVAT = commissionVAT
        self.currency = currency
        self.occurredAt = occurredAt
        self.day = day
        self.reference = reference
        self.orderRef = orderRef
        self.method = method
        self.status = status
        self.location = location
    }
}
