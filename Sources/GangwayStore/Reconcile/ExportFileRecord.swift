/// An export file being read: its identity (content hash), what it is, and the days it covers
/// (a registry's stated day; a wallet history's span, or `--from`/`--to`).
public struct ExportFileRecord: Sendable, Equatable {
    public var sha256: String
    public var name: String
    public var provider: String
    /// `yookassaPayments`, `yookassaRefunds`, `yoomoneyHistory`.
    public var kind: String
    public var format: String
    public var footerTotal: Int64?
    public var footerCount: Int?
    /// `payment` or `refund` days covered, `YYYY-MM-DD`.
    public var coveredKind: String
    public var coveredDays: [String]
    /// The file's size in bytes (nil for rows fetched from an API): a file of a size never read
    /// before cannot be a duplicate, so it is hashed while it is read instead of before.
    public var bytes: Int64?

    public init(
        sha256: String, name: String, provider: String, kind: String, format: String, footerTotal: Int64?,
        footerCount: Int?, coveredKind: String, coveredDays: [String], bytes: Int64? = nil
    ) {
        self.sha256 = sha256
        self.name = name
        self.provider = provider
        self.kind = kind
        self.format = format
        self.footerTotal = footerTotal
        self.footerCount = footerCount
        self.coveredKind = coveredKind
        self.coveredDays = coveredDays
        self.bytes = bytes
    }
}
