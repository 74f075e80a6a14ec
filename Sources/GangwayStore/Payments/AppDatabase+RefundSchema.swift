extension AppDatabase {
    /// Refunds (one row each: amount in kopecks, the tickets it voided, why, who, and its state:
    /// `manual_pending` until a person has sent a ЮMoney wallet payment back) and the audit log of
    /// what people did to orders (`actor` is who ran the command).
    static let refundSchema = """
        CREATE TABLE refund (
            id INTEGER PRIMARY KEY,
            order_code TEXT NOT NULL REFERENCES sales_order(code),
            provider TEXT NOT NULL CHECK (provider IN ('yookassa', 'yoomoney')),
            provider_id TEXT,
            payment_provider_id TEXT,
            amount INTEGER NOT NULL CHECK (amount > 0),
            tickets TEXT NOT NULL,
            reason TEXT NOT NULL,
            status TEXT NOT NULL CHECK (status IN ('manual_pending', 'pending', 'succeeded', 'canceled')),
            created_by TEXT NOT NULL,
            created_at INTEGER NOT NULL
        );
        CREATE INDEX refund_by_order ON refund(order_code);
        CREATE TABLE audit_log (
            id INTEGER PRIMARY KEY,
            at INTEGER NOT NULL,
            actor TEXT NOT NULL,
            action TEXT NOT NULL,
            order_code TEXT,
            detail TEXT NOT NULL
        );
        CREATE INDEX audit_log_by_order ON audit_log(order_code);
        """
}
