import Foundation
import GangwayCore

/// Reads saved ЮMoney `operation-history` responses: one response object
/// (`{"next_record": "…", "operations": [...]}`) or a JSON array of them, one per page.
///
/// Every operation becomes a row: a payment when `direction` is `in`, a refund when `out`, with its
/// status and direction kept. `amount` (a JSON number, or a string) is converted to kopecks from its
/// text. An `operation_id` seen on an earlier page is skipped, so overlapping pages deliver each
/// operation once. The file is parsed in memory: history pages hold at most 100 operations each.
enum WalletHistoryReader {
    /// The largest history file read (in memory): some 400 000 operations.
    static let maxBytes = 256 << 20

    static func read(_ bytes: [UInt8], sha256: String, deliver: (ExportRow) throws -> Void) throws -> ExportSummary {
        let document: JSONValue
        do {
            document = try JSONParser.parse(bytes)
        } catch {
            throw ExportError.malformedJSON(reason: error.reason, line: error.line)
        }
        let pages: [JSONValue]
        switch document {
        case .array(let elements): pages = elements
        case .object: pages = [document]
        default: throw ExportError.unrecognisedContent(detail: "JSON that is neither an object nor an array")
        }
        guard !pages.isEmpty else {
            throw ExportError.unrecognisedContent(detail: "an empty JSON array, not a ЮMoney history")
        }
        var totals = ExportTotals()
        var earliest: Date?
        var latest: Date?
        var seen = Set<String>()
        var number = 0
        for (pageIndex, page) in pages.enumerated() {
            guard case .array(let operations)? = page["operations"] else {
                if let error = page["error"]?.text {
                    throw ExportError.unrecognisedContent(detail: "a ЮMoney error response (“\(error)”), not a history")
                }
                throw ExportError.unrecognisedContent(
                    detail: "JSON page \(pageIndex + 1) has no “operations” list: not a ЮMoney history")
            }
            for operation in operations {
                number += 1
                let row = try self.row(operation, position: .operation(number))
                guard seen.insert(row.providerID).inserted else { continue }
                totals.count += 1
                if row.status == "success", let net = row.net {
                    totals.net += row.kind == .payment ? net : -net
                }
                if earliest.map({ row.occurredAt < $0 }) ?? true { earliest = row.occurredAt }
                if latest.map({ row.occurredAt > $0 }) ?? true { latest = row.occurredAt }
                try deliver(row)
            }
        }
        return ExportSummary(
            kind: .yoomoneyHistory, format: .json, encoding: .notApplicable, earliest: earliest, latest: latest,
            totals: totals, sha256: sha256)
    }

    private static func row(_ operation: JSONValue, position: ExportPosition) throws -> ExportRow {
        guard case .object = operation else {
            throw ExportError.unrecognisedContent(detail: "\(position) is not a JSON object")
        }
        guard let id = operation["operation_id"]?.text, !id.isEmpty else {
            throw ExportError.missingValue(position, column: "operation_id")
        }
        guard let amountText = operation["amount"]?.text else {
            throw ExportError.missingValue(position, column: "amount")
        }
        var amountCopy = amountText
        guard let amount = amountCopy.withUTF8({ Kopecks.parse($0, reading: .exact) }) else {
            throw ExportError.badAmount(position, column: "amount", value: amountText)
        }
        guard let datetime = operation["datetime"]?.text, !datetime.isEmpty else {
            throw ExportError.missingValue(position, column: "datetime")
        }
        var datetimeCopy = datetime
        guard let occurredAt = datetimeCopy.withUTF8({ ExportTime.rfc3339($0) }) else {
            throw ExportError.badDate(position, column: "datetime", value: datetime)
        }
        guard let direction = operation["direction"]?.text, !direction.isEmpty else {
            throw ExportError.missingValue(position, column: "direction")
        }
        let kind: ExportRowKind
        switch direction {
        case "in": kind = .payment
        case "out": kind = .refund
        default:
            throw ExportError.unrecognisedContent(detail: "\(position): direction “\(direction)” is neither in nor out")
        }
        var currency = "RUB"
        if let written = (operation["amount_currency"] ?? operation["currency"])?.text {
            guard let code = CurrencyCode.normalise(written) else {
                throw ExportError.badCurrency(position, column: "amount_currency", value: written)
            }
            currency = code
        }
        let label = operation["label"]?.text ?? ""
        let title = operation["title"]?.text ?? ""
        return ExportRow(
            provider: .yoomoney, kind: kind, providerID: id, gross: nil, net: amount, currency: currency,
            occurredAt: occurredAt, reference: label.isEmpty ? title : label, method: operation["type"]?.text,
            status: operation["status"]?.text, direction: direction, location: position.number)
    }

}
