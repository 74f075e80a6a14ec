import GRDB

/// A sold place: the minimal record the catalog rules need (checkout issues them in full).
public struct SoldPlaceRecord: Sendable, Hashable {
    public var code: String
    public var sailingID: String
    public var sectionID: String
    public var row: String?
    public var seat: String?
    public var category: String
    public var tier: String

    public init(
        code: String, sailingID: String, sectionID: String, row: String? = nil, seat: String? = nil,
        category: String, tier: String
    ) {
        self.code = code
        self.sailingID = sailingID
        self.sectionID = sectionID
        self.row = row
        self.seat = seat
        self.category = category
        self.tier = tier
    }
}

extension AppDatabase {
    /// Records a sold place. An assigned seat can be sold once per sailing: a second sale of the
    /// same seat fails on the database's unique index.
    public func recordSoldPlace(_ place: SoldPlaceRecord, at now: Int64) throws {
        try writer.write { db in
            try db.execute(
                sql: """
                    INSERT INTO ticket (code, sailing_id, section_id, row_label, seat_label, category, tier, created_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                    """,
                arguments: [
                    place.code, place.sailingID, place.sectionID, place.row, place.seat, place.category, place.tier,
                    now,
                ])
        }
    }
}
