/// What one `gangway receipts settle` run did.
struct SettlementSummary {
    var due: Int
    var sent = 0
    var refused = 0
    var unavailable = 0
    var skipped = 0

    var json: String {
        "{\"due\":\(due),\"sent\":\(sent),\"refused\":\(refused),\"unavailable\":\(unavailable),\"skipped\":\(skipped)}"
    }
}
