extension AppDatabase {
    /// Reconciliation: the export files read (by content hash, so the same file twice is seen
    /// once), the days each covers, every export row once per provider id (overlapping files
    /// count a row once), and the findings with their evidence and what a person decided.
    static let reconcileSchema = """
        CREATE TABLE export_file (
            id INTEGER PRIMARY KEY,
            sha256 TEXT NOT NULL UNIQUE,
            name TEXT NOT NULL,
            provider TEXT NOT NULL CHECK (provider IN ('yookassa', 'yoomoney')),
            kind TEXT NOT NULL,
            format TEXT NOT NULL,
            rows INTEGER NOT NULL,
            new_rows INTEGER NOT NULL,
            footer_total INTEGER,
            footer_count INTEGER,
            read_at INTEGER NOT NULL
        );
        CREATE TABLE export_coverage (
            provider TEXT NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN ('payment', 'refund')),
            day TEXT NOT NULL,
            file_id INTEGER NOT NULL REFERENCES export_file(id),
            PRIMARY KEY (provider, kind, day, file_id)
        );
        CREATE TABLE export_row (
            id INTEGER PRIMARY KEY,
            provider TEXT NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN ('payment', 'refund')),
            provider_id TEXT NOT NULL,
            payment_id TEXT,
            gross INTEGER,
            net INTEGER,
            commission INTEGER,
            commission_vat INTEGER,
            currency TEXT NOT NULL,
            occurred_at INTEGER NOT NULL,
            day TEXT NOT NULL,
            reference TEXT NOT NULL,
            order_ref TEXT,
            method TEXT,
            status TEXT,
            file_id INTEGER NOT NULL REFERENCES export_file(id),
            location INTEGER NOT NULL,
            UNIQUE (provider, kind, provider_id)
        );
        CREATE INDEX export_row_by_day ON export_row(provider, day);
        CREATE INDEX export_row_by_payment ON export_row(provider, payment_id) WHERE payment_id IS NOT NULL;
        CREATE TABLE reconciliation_finding (
            id INTEGER PRIMARY KEY,
            key TEXT NOT NULL UNIQUE,
            outcome TEXT NOT NULL,
            provider TEXT NOT NULL,
            export_row_id INTEGER REFERENCES export_row(id),
            order_code TEXT,
            provider_id TEXT,
            expected INTEGER,
            actual INTEGER,
            fee INTEGER,
            day TEXT NOT NULL,
            evidence TEXT NOT NULL,
            found_at INTEGER NOT NULL,
            resolution TEXT,
            resolved_by TEXT,
            resolved_at INTEGER
        );
        CREATE INDEX reconciliation_finding_by_day ON reconciliation_finding(day, provider);
        CREATE INDEX reconciliation_finding_by_order ON reconciliation_finding(order_code);
        CREATE INDEX reconciliation_finding_by_row ON reconciliation_finding(export_row_id);
        """

    /// Clean matches are kept apart from the findings, one small row each in export-row order
    /// (a million matched rows cost little), and a watermark says which export rows have been
    /// classified, so a run looks only at the rows after it.
    static let reconcileMatchSchema = """
        CREATE TABLE export_match (
            export_row_id INTEGER PRIMARY KEY REFERENCES export_row(id),
            outcome TEXT NOT NULL
        );
        INSERT INTO export_match (export_row_id, outcome)
            SELECT export_row_id, outcome FROM reconciliation_finding
            WHERE outcome IN ('matched', 'refund_matched', 'not_credited') AND export_row_id IS NOT NULL;
        DELETE FROM reconciliation_finding WHERE outcome IN ('matched', 'refund_matched', 'not_credited');
        CREATE TABLE reconcile_watermark (id INTEGER PRIMARY KEY CHECK (id = 1), last_row INTEGER NOT NULL);
        INSERT INTO reconcile_watermark (id, last_row) VALUES (1, (SELECT COALESCE(MAX(x), 0) FROM (
            SELECT MAX(export_row_id) AS x FROM export_match UNION ALL
            SELECT MAX(export_row_id) FROM reconciliation_finding)));
        DROP INDEX reconciliation_finding_by_order;
        """

    /// The report's totals per provider and Moscow day, kept as export rows are read (each new
    /// row once) and as rows are classified (the clean matches), so that a report does not
    /// re-read a day's million rows. Filled here from the rows already stored; the index by day
    /// only the report's old re-aggregation used goes.
    static let reconcileDayTotalSchema = """
        CREATE TABLE export_day_total (
            provider TEXT NOT NULL,
            day TEXT NOT NULL,
            payments INTEGER NOT NULL,
            gross INTEGER NOT NULL,
            commission INTEGER NOT NULL,
            commission_vat INTEGER NOT NULL,
            net INTEGER NOT NULL,
            refunds INTEGER NOT NULL,
            refunded INTEGER NOT NULL,
            matched INTEGER NOT NULL,
            PRIMARY KEY (provider, day)
        ) WITHOUT ROWID;
        INSERT INTO export_day_total (provider, day, payments, gross, commission, commission_vat, net, refunds,
            refunded, matched)
        SELECT provider, day,
            COUNT(CASE WHEN kind = 'payment' AND (status IS NULL OR status = 'success') THEN 1 END),
            COALESCE(SUM(CASE WHEN kind = 'payment' AND (status IS NULL OR status = 'success')
                THEN COALESCE(gross, net) ELSE 0 END), 0),
            COALESCE(SUM(CASE WHEN kind = 'payment' THEN COALESCE(commission, 0) ELSE 0 END), 0),
            COALESCE(SUM(CASE WHEN kind = 'payment' THEN COALESCE(commission_vat, 0) ELSE 0 END), 0),
            COALESCE(SUM(CASE WHEN kind = 'payment' AND (status IS NULL OR status = 'success')
                THEN COALESCE(net, 0) ELSE 0 END), 0),
            COUNT(CASE WHEN kind = 'refund' AND (status IS NULL OR status = 'success') THEN 1 END),
            COALESCE(SUM(CASE WHEN kind = 'refund' AND (status IS NULL OR status = 'success')
                THEN COALESCE(gross, net) ELSE 0 END), 0),
            0
        FROM export_row GROUP BY provider, day;
        UPDATE export_day_total SET matched = (SELECT COUNT(*) FROM export_row r
            JOIN export_match m ON m.export_row_id = r.id
            WHERE r.provider = export_day_total.provider AND r.day = export_day_total.day);
        DROP INDEX export_row_by_day;
        """

    /// Each export file's size, so that a file of a size never read before is known to be new
    /// without hashing it first (it is then hashed while it is read). Files read before this
    /// migration have no size; a duplicate of one is still found by its hash, after reading.
    static let exportFileSizeSchema = """
        ALTER TABLE export_file ADD COLUMN bytes INTEGER;
        CREATE INDEX export_file_by_size ON export_file(bytes) WHERE bytes IS NOT NULL;
        """
}
