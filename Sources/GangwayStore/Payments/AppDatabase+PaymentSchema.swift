extension AppDatabase {
    /// Every payment a provider reported, one row each, whatever became of it (payments.md):
    /// amounts in kopecks, `outcome` one of ``PaymentOutcome``, unique per provider id so a
    /// repeated notification is recognised. `order_code` is null when the reference named no order.
    static let paymentSchema = """
        CREATE TABLE payment (
            id INTEGER PRIMARY KEY,
            provider TEXT NOT NULL CHECK (provider IN ('yookassa', 'yoomoney')),
            provider_id TEXT NOT NULL,
            order_code TEXT REFERENCES sales_order(code),
            reference TEXT NOT NULL,
            outcome TEXT NOT NULL CHECK (outcome IN ('fulfilled', 'overpaid', 'paid_late_places_gone', 'underpaid',
                'unaccepted', 'no_order', 'already_paid', 'not_payable', 'wrong_currency')),
            gross INTEGER NOT NULL,
            net INTEGER,
            fee INTEGER,
            currency TEXT NOT NULL,
            occurred_at TEXT NOT NULL,
            recorded_at INTEGER NOT NULL,
            UNIQUE (provider, provider_id)
        );
        CREATE INDEX payment_by_order ON payment(order_code);
        """

    /// Further secrets that open an order's page (the one in its confirmation e-mail), kept
    /// hashed like the order's own token.
    static let orderLinkTokenSchema = """
        CREATE TABLE order_link_token (
            order_code TEXT NOT NULL REFERENCES sales_order(code),
            token_hash TEXT NOT NULL,
            issued_at INTEGER NOT NULL,
            PRIMARY KEY (order_code, token_hash)
        );
        """
}
