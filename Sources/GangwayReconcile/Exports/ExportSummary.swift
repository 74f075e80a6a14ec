import Foundation
import GangwayCore

/// What ``ExportReader`` learnt about a whole file once every row was delivered.
public struct ExportSummary: Sendable, Equatable {
    /// What the file holds.
    public var kind: ExportKind
    /// How it was written.
    public var format: ExportFormat
    /// The text encoding of a CSV registry; ``ExportEncoding/notApplicable`` otherwise.
    public var encoding: ExportEncoding
    /// The Moscow-time day a ЮKassa registry states it covers (`Дата платежей:` / `Дата возвратов:`),
    /// when it states one.
    public var statedDay: LocalDate?
    /// The earliest ``ExportRow/occurredAt`` among the rows (nil when there are none). For ЮMoney
    /// history this with ``latest`` is the span the file covers.
    public var earliest: Date?
    /// The latest ``ExportRow/occurredAt`` among the rows.
    public var latest: Date?
    /// The footer's total (`Сумма принятых платежей` / `Сумма возвратов`), when the file has one.
    public var footerTotal: Int64?
    /// The footer's count (`Число платежей` / `Число возвратов`), when the file has one.
    public var footerCount: Int?
    /// Sums worked out from the rows.
    public var totals: ExportTotals
    /// SHA-256 of the file's bytes, lower-case hex.
    public var sha256: String

    public init(
        kind: ExportKind, format: ExportFormat, encoding: ExportEncoding, statedDay: LocalDate? = nil,
        earliest: Date? = nil, latest: Date? = nil, footerTotal: Int64? = nil, footerCount: Int? = nil,
        totals: ExportTotals, sha256: String
    ) {
        self.kind = kind
        self.format = format
        self.encoding = encoding
        self.statedDay = statedDay
        self.earliest = earliest
        self.latest = latest
        self.footerTotal = footerTotal
        self.footerCount = footerCount
        self.totals = totals
        self.sha256 = sha256
    }
}
