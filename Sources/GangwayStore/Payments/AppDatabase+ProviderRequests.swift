import Foundation
import GRDB
import GangwayCore

extension AppDatabase {
    /// The operation to send for `purpose` on order `code` asking exactly `fingerprint`: the
    /// unfinished one already recorded (`open` — its answer never came — or `pending`, or a
    /// refund the provider made but Gangway has not recorded yet), so a retry reuses its key and
    /// gets the provider's first result back; else a new one with a fresh key.
    public func providerRequest(
        _ purpose: ProviderRequest.Purpose, order code: String, fingerprint: String, at now: Int64
    ) throws -> ProviderRequest {
        try immediateWrite { db in
            let code = ReadableCode.normalise(code)
            if let row = try Row.fetchOne(
                db,
                sql: """
                    SELECT * FROM provider_request
                    WHERE order_code = ? AND purpose = ? AND fingerprint = ?
                        AND (status IN ('open', 'pending')
                            OR (purpose = 'refund' AND status = 'succeeded' AND NOT EXISTS (
                                SELECT 1 FROM refund f WHERE f.provider_id = provider_request.object_id)))
                    ORDER BY id DESC LIMIT 1
                    """, arguments: [code, purpose.rawValue, fingerprint])
            {
                return Self.providerRequest(row)
            }
            let key = UUID().uuidString.lowercased()
            try db.execute(
                sql: """
                    INSERT INTO provider_request (purpose, order_code, idempotence_key, fingerprint, status, created_at,
                        updated_at)
                    VALUES (?, ?, ?, ?, 'open', ?, ?)
                    """, arguments: [purpose.rawValue, code, key, fingerprint, now, now])
            return ProviderRequest(
                purpose: purpose, orderCode: code, idempotenceKey: key, fingerprint: fingerprint, objectID: nil,
                confirmationURL: nil, status: .open)
        }
    }

    /// Writes down the provider's answer to the operation sent with `key`.
    public func recordProviderAnswer(
        key: String, objectID: String?, confirmationURL: String? = nil, status: ProviderRequest.Status,
        detail: String? = nil, at now: Int64
    ) throws {
        try writer.write { db in
            try db.execute(
                sql: """
                    UPDATE provider_request
                    SET object_id = COALESCE(?, object_id), confirmation_url = COALESCE(?, confirmation_url),
                        status = ?, detail = COALESCE(?, detail), updated_at = ?
                    WHERE idempotence_key = ?
                    """, arguments: [objectID, confirmationURL, status.rawValue, detail, now, key])
        }
    }

    /// The operation that created the provider's object `objectID`, if Gangway sent it.
    public func providerRequest(objectID: String) throws -> ProviderRequest? {
        try writer.read { db in
            try Row.fetchOne(
                db, sql: "SELECT * FROM provider_request WHERE object_id = ? ORDER BY id DESC LIMIT 1",
                arguments: [objectID]
            ).map(Self.providerRequest)
        }
    }

    /// The order's payment operations still under way (`open` or `pending`).
    public func livePaymentAttempts(order code: String) throws -> [ProviderRequest] {
        try writer.read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT * FROM provider_request
                    WHERE order_code = ? AND purpose = 'payment' AND status IN ('open', 'pending') ORDER BY id
                    """, arguments: [ReadableCode.normalise(code)]
            ).map(Self.providerRequest)
        }
    }

    /// A pending order's hold, given up because its payment was canceled: its places are
    /// released at once and it becomes `expired` (nothing was paid). Returns whether it was still
    /// pending; a paid or already expired order is left alone.
    @discardableResult
    public func releaseHold(order code: String, actor: String, reason: String, at now: Int64) throws -> Bool {
        try immediateWrite { db in
            let code = ReadableCode.normalise(code)
            try db.execute(
                sql:
                    "UPDATE sales_order SET status = 'expired', expires_at = MIN(expires_at, ?) WHERE code = ? AND status = 'pending'",
                arguments: [now, code])
            guard db.changesCount > 0 else { return false }
            try db.execute(
                sql: "DELETE FROM seat_claim WHERE order_code = ? AND expires_at IS NOT NULL", arguments: [code])
            try db.execute(
                sql: "DELETE FROM standing_claim WHERE order_code = ? AND expires_at IS NOT NULL", arguments: [code])
            try db.execute(
                sql: "UPDATE charter_booking SET status = 'cancelled' WHERE order_code = ? AND expires_at IS NOT NULL",
                arguments: [code])
            try Self.audit(db, actor: actor, action: "release", order: code, detail: reason, at: now)
            return true
        }
    }

    static func providerRequest(_ row: Row) -> ProviderRequest {
        ProviderRequest(
            purpose: ProviderRequest.Purpose(rawValue: row["purpose"]) ?? .payment, orderCode: row["order_code"],
            idempotenceKey: row["idempotence_key"], fingerprint: row["fingerprint"], objectID: row["object_id"],
            confirmationURL: row["confirmation_url"],
            status: ProviderRequest.Status(rawValue: row["status"]) ?? .open)
    }
}
