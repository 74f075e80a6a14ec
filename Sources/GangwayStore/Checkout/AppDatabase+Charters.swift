import GRDB
import GangwayCore

extension AppDatabase {
    /// Holds a vessel for a charter window: in one immediate write transaction it checks the
    /// vessel is offered for charter, the hours (at least its minimum) and guests (at most its
    /// maximum), that no scheduled sailing and no live charter of the vessel overlaps the window,
    /// then writes the booking and a pending order priced per hour (hours × hourly price, VAT
    /// inclusive). Two overlapping requests can never both succeed: the second one's check runs
    /// after the first one's booking is written.
    public func holdCharter(_ request: CharterRequest, policy: CheckoutPolicy, now: Int64) throws -> PlacedHold {
        try immediateWrite { db in try Self.holdCharter(db, request, policy: policy, now: now) }
    }

    private static func holdCharter(_ db: Database, _ request: CharterRequest, policy: CheckoutPolicy, now: Int64)
        throws -> PlacedHold
    {
        guard
            let vessel = try Row.fetchOne(
                db.cachedStatement(
                    sql: """
                        SELECT charter_hour_price, charter_min_hours, charter_max_guests FROM vessel
                        WHERE id = ? AND charter = 1
                        """), arguments: [request.vesselID])
        else { throw CharterFailure.unknownVessel(request.vesselID) }
        let hourPrice = Money(kopecks: (vessel[0] as Int64?) ?? 0)
        let minimumHours: Int = (vessel[1] as Int?) ?? 1
        let maximumGuests: Int = (vessel[2] as Int?) ?? Int.max
        var problems: [HoldFailure.Invalid] = []
        if request.hours < minimumHours || request.hours > 24 {
            problems.append(
                HoldFailure.Invalid(field: "hours", message: "from \(minimumHours) to 24 hours for this vessel"))
        }
        if request.guests < 1 || request.guests > maximumGuests {
            problems.append(HoldFailure.Invalid(field: "guests", message: "from 1 to \(maximumGuests) guests"))
        }
        if request.startsAt <= now + 3_600 {
            problems.append(HoldFailure.Invalid(field: "starts_at", message: "at least an hour from now"))
        }
        if !problems.isEmpty { throw CharterFailure.invalid(problems) }

        let endsAt = request.startsAt + Int64(request.hours) * 3_600
        var conflicts = try String.fetchAll(
            db.cachedStatement(
                sql: """
                    SELECT id FROM sailing WHERE vessel_id = ? AND status = 'scheduled'
                    AND departs_at < ? AND departs_at + duration_min * 60 > ?
                    """), arguments: [request.vesselID, endsAt, request.startsAt])
        conflicts += try String.fetchAll(
            db.cachedStatement(
                sql: """
                    SELECT 'charter:' || id FROM charter_booking WHERE vessel_id = ? AND status <> 'cancelled'
                    AND (expires_at IS NULL OR expires_at > ?) AND starts_at < ? AND ends_at > ?
                    """), arguments: [request.vesselID, now, endsAt, request.startsAt])
        if !conflicts.isEmpty { throw CharterFailure.conflicts(conflicts) }

        let line = PricingLine(
            kind: .charter, productID: "charter:\(request.vesselID)", tier: "hour", category: nil,
            quantity: request.hours, unitPrice: hourPrice)
        var converter = LocalTimeConverter(timeZoneIdentifier: policy.timeZone)
        let today = converter?.localDate(at: now) ?? LocalDate(dayNumber: Int(now / 86_400))
        let priced = try policy.pricing.price([line], promo: nil, today: today)
        let code = try freeOrderCode(db)
        let expiresAt = now + policy.holdSeconds
        let customer = try CustomerRows.upsert(db, request.contact, now: now)
        let token = ReadableCode.token()
        try db.cachedStatement(
            sql: """
                INSERT INTO sales_order (code, token_hash, kind, vessel_id, customer_id, language, utm, status, subtotal,
                    discount, fee, fee_vat, vat, total, created_at, expires_at)
                VALUES (?, ?, 'charter', ?, ?, ?, ?, 'pending', ?, ?, ?, ?, ?, ?, ?, ?)
                """
        ).execute(arguments: [
            code, SHA256.hex(Array(token.utf8)), request.vesselID, customer, request.language.rawValue,
            request.utm, priced.subtotal.kopecks, priced.discount.kopecks, priced.fee.kopecks,
            priced.feeVAT.kopecks, priced.vat.kopecks, priced.total.kopecks, now, expiresAt,
        ])
        let priced0 = priced.lines[0]
        try db.cachedStatement(
            sql: """
                INSERT INTO order_line (order_code, position, kind, tier, quantity, unit_price, amount, discount, vat)
                VALUES (?, 0, 'charter', 'hour', ?, ?, ?, ?, ?)
                """
        ).execute(arguments: [
            code, request.hours, hourPrice.kopecks, priced0.amount.kopecks, priced0.discount.kopecks,
            priced0.vat.kopecks,
        ])
        try db.cachedStatement(
            sql: """
                INSERT INTO charter_booking (id, vessel_id, starts_at, ends_at, status, order_code, expires_at, guests)
                VALUES (?, ?, ?, ?, 'held', ?, ?, ?)
                """
        ).execute(arguments: [code, request.vesselID, request.startsAt, endsAt, code, expiresAt, request.guests])
        let details = OrderDetails.pending(
            code: code, kind: "charter", language: request.language, sailingID: nil, vesselID: request.vesselID,
            priced: priced, placements: [], createdAt: now, expiresAt: expiresAt)
        return PlacedHold(orderCode: code, token: token, expiresAt: expiresAt, order: details)
    }
}
