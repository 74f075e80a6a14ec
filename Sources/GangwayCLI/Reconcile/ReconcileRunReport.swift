import Foundation

/// The `--json` summary of one `gangway reconcile` run.
struct ReconcileRunReport: Encodable {
    var files: [ReconcileFileReport] = []
    var days: [String] = []
    var added: [String: Int] = [:]
    var confirmedOrders: [String] = []
    var discrepancies = 0
    var unresolved = 0
    var report: [String: String] = [:]

    enum CodingKeys: String, CodingKey {
        case files, days, added, discrepancies, unresolved, report
        case confirmedOrders = "confirmed_orders"
    }

    var json: String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: (try? encoder.encode(self)) ?? Data("{}".utf8), as: UTF8.self)
    }
}
