import GRDB

extension AppDatabase {
    /// Append-only, named migrations. Never edit a shipped one: add the next.
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("2026-11-25-catalog") { db in
            try db.execute(sql: catalogSchema)
        }
        migrator.registerMigration("2026-11-25-sales-minimal") { db in
            try db.execute(sql: salesSchema)
        }
        migrator.registerMigration("2026-11-25-logs") { db in
            try db.execute(sql: logSchema)
        }
        migrator.registerMigration("2026-11-25-checkout") { db in
            try db.execute(sql: checkoutSchema)
        }
        migrator.registerMigration("2026-11-25-charter-holds") { db in
            try db.execute(sql: charterHoldSchema)
        }
        migrator.registerMigration("2026-11-25-catalog-generation") { db in
            // Bumped by every transaction that changes the catalog (an applied import); checkout
            // reads a sailing before taking the write lock and reloads it if this moved.
            try db.execute(
                sql: """
                    CREATE TABLE catalog_generation (id INTEGER PRIMARY KEY CHECK (id = 1), value INTEGER NOT NULL);
                    INSERT INTO catalog_generation (id, value) VALUES (1, 0);
                    """)
        }
        migrator.registerMigration("2026-11-25-payments") { db in
            try db.execute(sql: paymentSchema)
        }
        migrator.registerMigration("2026-11-25-order-link-tokens") { db in
            try db.execute(sql: orderLinkTokenSchema)
        }
        migrator.registerMigration("2026-11-25-refunds-audit") { db in
            try db.execute(sql: refundSchema)
        }
        migrator.registerMigration("2026-11-25-provider-requests") { db in
            try db.execute(sql: providerRequestSchema)
        }
        migrator.registerMigration("2026-11-25-reconciliation") { db in
            try db.execute(sql: reconcileSchema)
        }
        migrator.registerMigration("2026-11-25-reconcile-matches") { db in
            try db.execute(sql: reconcileMatchSchema)
        }
        migrator.registerMigration("2026-11-25-reconcile-day-totals") { db in
            try db.execute(sql: reconcileDayTotalSchema)
        }
        migrator.registerMigration("2026-12-07-export-file-size") { db in
            try db.execute(sql: exportFileSizeSchema)
        }
        return migrator
    }

    /// Piers, layouts, vessels, products, price lists, sailings, charter bookings, promos.
    /// Money columns are integer kopecks; instants are integer seconds since 1970 (UTC).
    private static let catalogSchema = """
        CREATE TABLE pier (
            id TEXT PRIMARY KEY NOT NULL,
            name_ru TEXT NOT NULL, name_en TEXT, name_zh TEXT,
            address_ru TEXT, address_en TEXT, address_zh TEXT,
            lat REAL, lon REAL,
            timezone TEXT NOT NULL,
            updated_at INTEGER NOT NULL
        );
        CREATE TABLE layout (
            id TEXT PRIMARY KEY NOT NULL,
            places INTEGER NOT NULL,
            updated_at INTEGER NOT NULL
        );
        CREATE TABLE layout_section (
            layout_id TEXT NOT NULL REFERENCES layout(id) ON DELETE CASCADE,
            section_id TEXT NOT NULL,
            position INTEGER NOT NULL,
            deck TEXT,
            name_ru TEXT NOT NULL, name_en TEXT, name_zh TEXT,
            kind TEXT NOT NULL CHECK (kind IN ('seated', 'standing')),
            category TEXT,
            capacity INTEGER,
            PRIMARY KEY (layout_id, section_id)
        );
        CREATE TABLE layout_seat (
            layout_id TEXT NOT NULL,
            section_id TEXT NOT NULL,
            row_label TEXT NOT NULL,
            seat_label TEXT NOT NULL,
            x REAL NOT NULL, y REAL NOT NULL,
            category TEXT NOT NULL,
            accessible INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (layout_id, section_id, row_label, seat_label),
            FOREIGN KEY (layout_id, section_id) REFERENCES layout_section(layout_id, section_id) ON DELETE CASCADE
        );
        CREATE TABLE vessel (
            id TEXT PRIMARY KEY NOT NULL,
            name_ru TEXT NOT NULL, name_en TEXT, name_zh TEXT,
            kind TEXT NOT NULL,
            capacity INTEGER NOT NULL CHECK (capacity > 0),
            layout_id TEXT REFERENCES layout(id),
            home_pier_id TEXT REFERENCES pier(id),
            charter INTEGER NOT NULL DEFAULT 0,
            charter_hour_price INTEGER,
            charter_min_hours INTEGER,
            charter_max_guests INTEGER,
            updated_at INTEGER NOT NULL
        );
        CREATE TABLE product (
            id TEXT PRIMARY KEY NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN ('excursion', 'event', 'charter')),
            title_ru TEXT NOT NULL, title_en TEXT, title_zh TEXT,
            summary_ru TEXT, summary_en TEXT, summary_zh TEXT,
            description_ru TEXT, description_en TEXT, description_zh TEXT,
            duration_min INTEGER NOT NULL CHECK (duration_min > 0),
            age_min INTEGER,
            image TEXT,
            tags TEXT NOT NULL DEFAULT '',
            updated_at INTEGER NOT NULL
        );
        CREATE TABLE price_list (
            id TEXT PRIMARY KEY NOT NULL
        );
        CREATE TABLE price_list_item (
            price_list_id TEXT NOT NULL REFERENCES price_list(id) ON DELETE CASCADE,
            tier TEXT NOT NULL,
            category TEXT NOT NULL DEFAULT '',
            amount INTEGER NOT NULL CHECK (amount >= 0),
            PRIMARY KEY (price_list_id, tier, category)
        );
        CREATE TABLE sailing (
            id TEXT PRIMARY KEY NOT NULL,
            product_id TEXT NOT NULL REFERENCES product(id),
            vessel_id TEXT NOT NULL REFERENCES vessel(id),
            pier_id TEXT NOT NULL REFERENCES pier(id),
            return_pier_id TEXT REFERENCES pier(id),
            service_date TEXT NOT NULL,
            local_time TEXT NOT NULL,
            departs_at INTEGER NOT NULL,
            duration_min INTEGER NOT NULL CHECK (duration_min > 0),
            capacity INTEGER,
            sales_close_min INTEGER NOT NULL,
            status TEXT NOT NULL CHECK (status IN ('scheduled', 'cancelled')),
            price_list_id TEXT NOT NULL REFERENCES price_list(id),
            updated_at INTEGER NOT NULL
        );
        CREATE INDEX sailing_by_product_date ON sailing(product_id, service_date);
        CREATE INDEX sailing_by_vessel_time ON sailing(vessel_id, departs_at);
        CREATE INDEX sailing_by_time ON sailing(departs_at);
        CREATE TABLE charter_booking (
            id TEXT PRIMARY KEY NOT NULL,
            vessel_id TEXT NOT NULL REFERENCES vessel(id),
            starts_at INTEGER NOT NULL,
            ends_at INTEGER NOT NULL CHECK (ends_at > starts_at),
            status TEXT NOT NULL DEFAULT 'held'
        );
        CREATE INDEX charter_booking_by_vessel ON charter_booking(vessel_id, starts_at);
        CREATE TABLE promo (
            code TEXT PRIMARY KEY NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN ('percent', 'amount')),
            value INTEGER NOT NULL CHECK (value > 0),
            valid_from TEXT, valid_to TEXT,
            products TEXT NOT NULL DEFAULT '',
            tiers TEXT NOT NULL DEFAULT '',
            max_uses INTEGER, max_per_order INTEGER,
            min_order INTEGER,
            updated_at INTEGER NOT NULL
        );
        """

    /// The minimal record of sold places the import rules need; checkout extends it.
    /// One valid ticket per assigned seat per sailing is enforced by a unique index.
    private static let salesSchema = """
        CREATE TABLE ticket (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            code TEXT NOT NULL UNIQUE,
            sailing_id TEXT NOT NULL REFERENCES sailing(id),
            section_id TEXT NOT NULL,
            row_label TEXT,
            seat_label TEXT,
            category TEXT NOT NULL,
            tier TEXT NOT NULL,
            status TEXT NOT NULL CHECK (status IN ('valid', 'void', 'used')) DEFAULT 'valid',
            created_at INTEGER NOT NULL
        );
        CREATE INDEX ticket_by_sailing ON ticket(sailing_id, status);
        CREATE UNIQUE INDEX ticket_seat_sold_once ON ticket(sailing_id, section_id, row_label, seat_label)
            WHERE status <> 'void' AND row_label IS NOT NULL;
        CREATE TABLE hold_place (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            sailing_id TEXT NOT NULL REFERENCES sailing(id),
            section_id TEXT NOT NULL,
            row_label TEXT,
            seat_label TEXT,
            quantity INTEGER NOT NULL CHECK (quantity > 0),
            expires_at INTEGER NOT NULL
        );
        CREATE INDEX hold_place_by_sailing ON hold_place(sailing_id, expires_at);
        """

    /// Customers, orders and their lines, and the claims that keep a place from being sold twice:
    /// one row per claimed seat (its primary key is the seat, so a second claim fails in the
    /// database itself) and one per order and standing area (capacity is checked inside the same
    /// immediate write transaction). A claim with `expires_at` is a hold; without, it is sold.
    /// `hold_place` becomes a view of the unexpired-or-not holds, for the catalog's rules.
    private static let checkoutSchema = """
        CREATE TABLE customer (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            email TEXT,
            phone TEXT,
            name TEXT NOT NULL DEFAULT '',
            created_at INTEGER NOT NULL,
            updated_at INTEGER NOT NULL
        );
        CREATE UNIQUE INDEX customer_by_email ON customer(email) WHERE email IS NOT NULL;
        CREATE INDEX customer_by_phone ON customer(phone) WHERE phone IS NOT NULL;
        CREATE TABLE sales_order (
            code TEXT PRIMARY KEY NOT NULL,
            token_hash TEXT NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN ('tickets', 'charter')),
            sailing_id TEXT,
            vessel_id TEXT,
            customer_id INTEGER NOT NULL REFERENCES customer(id),
            language TEXT NOT NULL,
            utm TEXT,
            promo_code TEXT,
            status TEXT NOT NULL
                CHECK (status IN ('pending', 'paid', 'expired', 'refunded', 'needs_resolution')),
            subtotal INTEGER NOT NULL,
            discount INTEGER NOT NULL,
            fee INTEGER NOT NULL,
            fee_vat INTEGER NOT NULL,
            vat INTEGER NOT NULL,
            total INTEGER NOT NULL,
            created_at INTEGER NOT NULL,
            expires_at INTEGER NOT NULL,
            paid_at INTEGER
        );
        CREATE INDEX sales_order_by_status ON sales_order(status, expires_at);
        CREATE INDEX sales_order_by_sailing ON sales_order(sailing_id);
        CREATE TABLE order_line (
            order_code TEXT NOT NULL REFERENCES sales_order(code),
            position INTEGER NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN ('seat', 'standing', 'charter')),
            sailing_id TEXT,
            section_id TEXT,
            row_label TEXT,
            seat_label TEXT,
            tier TEXT NOT NULL,
            category TEXT,
            quantity INTEGER NOT NULL CHECK (quantity > 0),
            unit_price INTEGER NOT NULL,
            amount INTEGER NOT NULL,
            discount INTEGER NOT NULL,
            vat INTEGER NOT NULL,
            PRIMARY KEY (order_code, position)
        );
        CREATE TABLE seat_claim (
            sailing_id TEXT NOT NULL,
            section_id TEXT NOT NULL,
            row_label TEXT NOT NULL,
            seat_label TEXT NOT NULL,
            order_code TEXT NOT NULL,
            expires_at INTEGER,
            PRIMARY KEY (sailing_id, section_id, row_label, seat_label)
        ) WITHOUT ROWID;
        CREATE INDEX seat_claim_by_order ON seat_claim(order_code);
        CREATE TABLE standing_claim (
            order_code TEXT NOT NULL,
            sailing_id TEXT NOT NULL,
            section_id TEXT NOT NULL,
            quantity INTEGER NOT NULL CHECK (quantity > 0),
            expires_at INTEGER,
            PRIMARY KEY (order_code, sailing_id, section_id)
        );
        CREATE INDEX standing_claim_by_sailing ON standing_claim(sailing_id, section_id);
        CREATE TABLE promo_use (
            order_code TEXT PRIMARY KEY NOT NULL REFERENCES sales_order(code),
            promo_code TEXT NOT NULL
        );
        CREATE INDEX promo_use_by_code ON promo_use(promo_code);
        ALTER TABLE ticket ADD COLUMN order_code TEXT;
        CREATE INDEX ticket_by_order ON ticket(order_code);
        DROP TABLE hold_place;
        CREATE VIEW hold_place AS
            SELECT sailing_id, section_id, row_label, seat_label, 1 AS quantity, expires_at
            FROM seat_claim WHERE expires_at IS NOT NULL
            UNION ALL
            SELECT sailing_id, section_id, NULL, NULL, quantity, expires_at
            FROM standing_claim WHERE expires_at IS NOT NULL;
        """

    /// A charter booking held by a pending order until `expires_at` (NULL once paid); a lapsed
    /// hold neither blocks another charter nor a schedule.
    private static let charterHoldSchema = """
        ALTER TABLE charter_booking ADD COLUMN order_code TEXT;
        ALTER TABLE charter_booking ADD COLUMN expires_at INTEGER;
        ALTER TABLE charter_booking ADD COLUMN guests INTEGER;
        CREATE INDEX charter_booking_by_order ON charter_booking(order_code);
        """

    /// The import log (one row per file seen) and the job-run log (one row per command run).
    private static let logSchema = """
        CREATE TABLE import_log (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            file_name TEXT NOT NULL,
            content_hash TEXT NOT NULL,
            format TEXT,
            kinds TEXT NOT NULL DEFAULT '',
            outcome TEXT NOT NULL CHECK (outcome IN ('applied', 'duplicate', 'rejected')),
            added INTEGER NOT NULL DEFAULT 0,
            changed INTEGER NOT NULL DEFAULT 0,
            unchanged INTEGER NOT NULL DEFAULT 0,
            removed INTEGER NOT NULL DEFAULT 0,
            warnings TEXT NOT NULL DEFAULT '',
            errors TEXT NOT NULL DEFAULT '',
            archived_as TEXT,
            started_at INTEGER NOT NULL,
            finished_at INTEGER NOT NULL
        );
        CREATE INDEX import_log_by_hash ON import_log(content_hash, outcome);
        CREATE TABLE job_run (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            job TEXT NOT NULL,
            started_at INTEGER NOT NULL,
            finished_at INTEGER,
            outcome TEXT,
            exit_code INTEGER,
            summary TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX job_run_by_job ON job_run(job, started_at);
        """
}
