import Foundation

/// One payment or refund as an export states it. Amounts are in kopecks.
public struct ExportRow: Sendable, Equatable {
    /// The service the row comes from.
    public var provider: ExportProvider
    /// Money received or sent back.
    public var kind: ExportRowKind
    /// ЮKassa payment id (refund id for refunds); ЮMoney `operation_id`.
    public var providerID: String
    /// For ЮKassa refunds, the payment refunded; nil otherwise.
    public var paymentID: String?
    /// What the payer paid (ЮKassa `Сумма платежа` / `Сумма возврата`); nil for ЮMoney history.
    public var gross: Int64?
    /// ЮKassa: the amount net of commission and VAT on it; ЮMoney: `amount`, the sum credited.
    public var net: Int64?
    /// ЮKassa commission without VAT, when the registry has the column.
    public var commission: Int64?
    /// ЮKassa VAT on the commission, when the registry has the column.
    public var commissionVAT: Int64?
    /// ISO 4217 code: `RUB` for `RUB`, `RUR`, `643` and `руб`; anything else as written, upper-cased.
    public var currency: String
    /// When the payment or refund took place.
    public var occurredAt: Date
    /// Free text that names the order: ЮKassa `Описание` (and metadata when the registry has a column
    /// for it); ЮMoney `label`, or `title` when there is no label. See ``OrderReference``.
    public var reference: String
    /// Payment method code (`AC` card, `PC` wallet, `CP` SBP, `SB` SberPay, …), when stated.
    public var method: String?
    /// ЮMoney operation status (`success`, `refused`, `in_progress`); nil for ЮKassa.
    public var status: String?
    /// ЮMoney operation direction (`in`, `out`); nil for ЮKassa.
    public var direction: String?
    /// Where the row is in its file: CSV line (1-based, the record's first line), XLSX row number, or
    /// the operation's 1-based index across the pages of a JSON history.
    public var location: Int

    public init(
        provider: ExportProvider, kind: ExportRowKind, providerID: String, paymentID: String? = nil,
        gross: Int64?, net: Int64?, commission: Int64? = nil, commissionVAT: Int64? = nil, currency: String,
        occurredAt: Date, reference: String, method: String? = nil, status: String? = nil,
        direction: String? = nil, location: Int
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
        self.reference = reference
        self.method = method
        self.status = status
        self.direction = direction
        self.location = location
    }
}
