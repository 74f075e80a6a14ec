import GRDB
import GangwayCore

extension AppDatabase {
    /// Records what a provider says of one of its refunds (a ЮKassa `refund.succeeded`, after
    /// re-reading it): a refund Gangway made takes the provider's state; one made elsewhere is
    /// recorded against the paid order with an audit entry, its tickets left for a person to
    /// void. Idempotent on the refund id.
    public func recordProviderRefund(
        _ refund: ProviderRefund, provider: PaymentProviderKind, paymentID: String, at now: Int64
    ) throws -> ProviderRefundRecording {
        try immediateWrite { db in
            if let status = try String.fetchOne(
                db, sql: "SELECT status FROM refund WHERE provider = ? AND provider_id = ?",
                arguments: [provider.rawValue, refund.id])
            {
                guard status != refund.status else { return .unchanged }
                try db.execute(
                    sql: "UPDATE refund SET status = ? WHERE provider = ? AND provider_id = ?",
                    arguments: [refund.status, provider.rawValue, refund.id])
                return .updated
            }
            guard
                let code = try String.fetchOne(
                    db,
                    sql:
                        "SELECT order_code FROM payment WHERE provider = ? AND provider_id = ? AND order_code IS NOT NULL",
                    arguments: [provider.rawValue, paymentID])
            else { return .unknownPayment }
            try db.execute(
                sql: """
                    INSERT INTO refund (order_code, provider, provider_id, payment_provider_id, amount, tickets, reason,
                        status, created_by, created_at)
                    VALUES (?, ?, ?, ?, ?, '', 'made outside Gangway', ?, ?, ?)
                    """,
                arguments: [
                    code, provider.rawValue, refund.id, paymentID, refund.amount.kopecks, refund.status,
                    provider.rawValue, now,
                ])
            try Self.audit(
                db, actor: provider.rawValue, action: "refund-external", order: code,
                detail:
                    "\(refund.amount.decimalString) RUB refunded outside Gangway (\(provider.rawValue) refund \(refund.id)); "
                    + "tickets not voided: check them", at: now)
            return .recordedExternal
        }
    }
}
