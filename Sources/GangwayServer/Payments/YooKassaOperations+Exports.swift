import Foundation
import GangwayCore
import GangwayPayments
import GangwayStore

extension YooKassaOperations {
    /// The shop's succeeded payments and refunds created on `days` (Moscow), fetched from the
    /// API page by page, as export rows for reconciliation (`gangway reconcile --from-api`),
    /// with the file record that stands for them: its hash is of what was fetched, so fetching
    /// the same again is recognised as a duplicate.
    public func fetchExports(days: ClosedRange<LocalDate>) async throws -> (
        file: ExportFileRecord, rows: [ExportRecord]
    ) {
        let from = Self.moscowMidnight(days.lowerBound)
        let to = Self.moscowMidnight(days.upperBound.adding(days: 1))
        var rows: [ExportRecord] = []
        var cursor: String?
        repeat {
            let page = try await client.payments(createdFrom: from, before: to, cursor: cursor)
            for payment in page.items where payment.isSucceeded {
                guard let gross = payment.amount.money else {
                    throw YooKassaError.unexpectedResponse("payment \(payment.id) amount \(payment.amount.value)")
                }
                let net = payment.incomeAmount?.money
                let at = Self.seconds(payment.capturedAt ?? payment.createdAt)
                rows.append(
                    ExportRecord(
                        provider: "yookassa", kind: "payment", providerID: payment.id, paymentID: nil,
                        gross: gross.kopecks, net: net?.kopecks, commission: net.map { gross.kopecks - $0.kopecks },
                        commissionVAT: nil, currency: Self.currency(payment.amount.currency), occurredAt: at,
                        day: LocalDate(moscowDayOf: at).description, reference: payment.description ?? "",
                        orderRef: payment.metadata?["order_id"].map(ReadableCode.normalise), method: nil, status: nil,
                        location: rows.count + 1))
            }
            cursor = page.nextCursor
        } while cursor != nil
        repeat {
            let page = try await client.refunds(createdFrom: from, before: to, cursor: cursor)
            for refund in page.items where refund.status == "succeeded" {
                guard let amount = refund.amount.money else {
                    throw YooKassaError.unexpectedResponse("refund \(refund.id) amount \(refund.amount.value)")
                }
                let at = Self.seconds(refund.createdAt)
                rows.append(
                    ExportRecord(
                        provider: "yookassa", kind: "refund", providerID: refund.id, paymentID: refund.paymentID,
                        gross: amount.kopecks, net: nil, commission: nil, commissionVAT: nil,
                        currency: Self.currency(refund.amount.currency), occurredAt: at,
                        day: LocalDate(moscowDayOf: at).description,
                        reference: "", orderRef: nil, method: nil, status: nil, location: rows.count + 1))
            }
            cursor = page.nextCursor
        } while cursor != nil
        var hash = SHA256()
        for row in rows {
            hash.update(Array("\(row.kind)|\(row.providerID)|\(row.gross ?? 0)|\(row.net ?? -1)\n".utf8))
        }
        let covered = (days.lowerBound.dayNumber...days.upperBound.dayNumber).map {
            LocalDate(dayNumber: $0).description
        }
        let file = ExportFileRecord(
            sha256: "api:" + hash.finalizeHex(), name: "ЮKassa API \(days.lowerBound)…\(days.upperBound)",
            provider: "yookassa", kind: "yookassaAPI", format: "api", footerTotal: nil, footerCount: nil,
            coveredKind: "payment", coveredDays: covered)
        return (file, rows)
    }

    /// `2026-11-24T21:00:00.000Z`: the start of a Moscow day (UTC+3) in UTC.
    static func moscowMidnight(_ day: LocalDate) -> String {
        let previous = day.adding(days: -1)
        return "\(previous)T21:00:00.000Z"
    }

    static func seconds(_ instant: String) -> Int64 {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        if let date = formatter.date(from: instant) { return Int64(date.timeIntervalSince1970) }
        formatter.formatOptions = [.withInternetDateTime]
        return Int64(formatter.date(from: instant)?.timeIntervalSince1970 ?? 0)
    }

    static func currency(_ code: String) -> String {
        let upper = code.uppercased()
        return upper == "RUR" || upper == "643" ? "RUB" : upper
    }
}
