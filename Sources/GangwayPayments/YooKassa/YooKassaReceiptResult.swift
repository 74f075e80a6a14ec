/// A receipt as the ЮKassa API returns it: `pending` until the register has fiscalised it.
public struct YooKassaReceiptResult: Codable, Sendable, Equatable {
    public var id: String
    public var type: String
    /// `pending`, `succeeded` or `canceled`.
    public var status: String

    public init(id: String, type: String, status: String) {
        self.id = id
        self.type = type
        self.status = status
    }
}
