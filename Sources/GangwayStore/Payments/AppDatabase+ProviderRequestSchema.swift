extension AppDatabase {
    /// What Gangway asked a provider's API to do, one row per logical operation: the
    /// `Idempotence-Key` it was sent with (reused by every retry of the same operation, so a
    /// retry never creates a second payment, refund or receipt), what the provider called the
    /// object, and how it stands. `purpose` is `payment`, `refund` or `settlement`; `fingerprint`
    /// says what exactly was asked (a refund's tickets and amount), so only the same request
    /// reuses a key. `status`: `open` (sent, or about to be, answer unknown), then the
    /// provider's `pending`, `succeeded` or `canceled`, or `failed` (refused: fix, new key).
    static let providerRequestSchema = """
        CREATE TABLE provider_request (
            id INTEGER PRIMARY KEY,
            purpose TEXT NOT NULL CHECK (purpose IN ('payment', 'refund', 'settlement')),
            order_code TEXT NOT NULL REFERENCES sales_order(code),
            idempotence_key TEXT NOT NULL UNIQUE,
            fingerprint TEXT NOT NULL,
            object_id TEXT,
            confirmation_url TEXT,
            status TEXT NOT NULL CHECK (status IN ('open', 'pending', 'succeeded', 'canceled', 'failed')),
            detail TEXT,
            created_at INTEGER NOT NULL,
            updated_at INTEGER NOT NULL
        );
        CREATE INDEX provider_request_by_order ON provider_request(order_code, purpose);
        CREATE INDEX provider_request_by_object ON provider_request(object_id);
        """
}
