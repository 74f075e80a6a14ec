/// A payment row of an export as classification reads it back from `export_row`.
struct ExportPaymentRow: Sendable {
    var id: Int64
    var provider: String
    var providerID: String
    var gross: Int64?
    var net: Int64?
    var commission: Int64?
    var currency: String
    var occurredAt: Int64
    var day: String
    var orderRef: String?
    var status: String?
    var fileID: Int64
    var location: Int64
}
