import Foundation
import GRDB
import GangwayCore

extension AppDatabase {
    /// Places a hold: one immediate write transaction that checks the sailing is on sale, claims
    /// every seat (a seat's claim is its primary key, so two claims can never both succeed, in
    /// this process or another), checks standing capacity with the places taken up front, prices
    /// the order (promo, fee, VAT), counts the promo's uses, and writes the pending order. Either
    /// all of it happens or nothing (a thrown ``HoldFailure`` names what failed). The same path as
    /// a group commit of one (``HoldQueue`` batches the server's holds).
    public func placeHold(_ request: HoldRequest, policy: CheckoutPolicy, now: Int64) throws -> PlacedHold {
        let queued = try queueHold(request, policy: policy, now: now)
        guard let result = placeHolds([queued]).results.first else {
            throw StoreError.failed("a hold transaction returned nothing")
        }
        return try result.get()
    }

    /// What a hold needs that can be read or drawn before the write lock: the sailing's sections and
    /// prices (readers run side by side; used inside the lock if no import changed the catalog
    /// meanwhile), the order's token and its hash.
    func queueHold(_ request: HoldRequest, policy: CheckoutPolicy, now: Int64) throws -> QueuedHold {
        let (generation, sailing) = try writer.read { db in try Self.sailingForHold(db, request) }
        return Self.queued(request, policy: policy, now: now, generation: generation, sailing: sailing)
    }

    /// The same, awaited (the read runs on GRDB's reader threads, not Swift's cooperative pool).
    func queueHold(_ request: HoldRequest, policy: CheckoutPolicy, now: Int64) async throws -> QueuedHold {
        let (generation, sailing) = try await writer.read { db in try Self.sailingForHold(db, request) }
        return Self.queued(request, policy: policy, now: now, generation: generation, sailing: sailing)
    }

    /// The same, with the sailing as it was read before under `generation` (``HoldQueue`` keeps
    /// them; the transaction reads the sailing again if the generation moved).
    func queueHold(
        _ request: HoldRequest, policy: CheckoutPolicy, now: Int64, generation: Int64, sailing: SailingForSale
    ) -> QueuedHold {
        Self.queued(request, policy: policy, now: now, generation: generation, sailing: sailing)
    }

    private static func sailingForHold(_ db: Database, _ request: HoldRequest) throws -> (Int64, SailingForSale?) {
        (try SailingForSale.generation(db), try SailingForSale.load(db, sailingID: request.sailingID))
    }

    private static func queued(
        _ request: HoldRequest, policy: CheckoutPolicy, now: Int64, generation: Int64, sailing: SailingForSale?
    ) -> QueuedHold {
        let token = ReadableCode.token()
        return QueuedHold(
            request: request, policy: policy, now: now, generation: generation, sailing: sailing, token: token,
            tokenHash: SHA256.hex(Array(token.utf8)))
    }

    /// One hold inside a write transaction (the caller's savepoint undoes it when it throws).
    static func placeHold(_ db: Database, _ queued: QueuedHold, sailing: SailingForSale?) throws -> PlacedHold {
        let (request, policy, now) = (queued.request, queued.policy, queued.now)
        guard let sailing else {
            throw HoldFailure.unknownSailing(request.sailingID)
        }
        if let closed = sailing.closed(at: now) { throw HoldFailure.closed(closed) }
        let lines = try pricingLines(db, request, sailing: sailing, policy: policy)

        // Claims first: a lost race is the common refusal, and it needs no pricing.
        let code = try freeOrderCode(db)
        let expiresAt = now + policy.holdSeconds
        var taken: [String] = []
        for seat in request.seats {
            let claimed = try sailing.claimSeat(
                db, section: seat.section, row: seat.row, seat: seat.seat, order: code, expiresAt: expiresAt, now: now)
            if !claimed { taken.append(seat.id) }
        }
        if !taken.isEmpty { throw HoldFailure.seatsTaken(taken) }
        var shortfalls: [HoldFailure.Shortfall] = []
        var wanted: [String: Int] = [:]
        for choice in request.standing { wanted[choice.section, default: 0] += choice.quantity }
        for section in sailing.sectionOrder {
            guard let requested = wanted[section], let info = sailing.sections[section] else { continue }
            let remaining = max(0, info.capacity - (try sailing.standingTaken(db, section: section, now: now)))
            if requested > remaining {
                shortfalls.append(HoldFailure.Shortfall(section: section, requested: requested, remaining: remaining))
            } else {
                try sailing.claimStanding(db, section: section, quantity: requested, order: code, expiresAt: expiresAt)
            }
        }
        if !shortfalls.isEmpty { throw HoldFailure.notEnoughPlaces(shortfalls) }

        var promo: Promo?
        if let typed = request.promoCode.map(ReadableCode.normalise), !typed.isEmpty {
            guard let found = try PromoRows.promo(db, code: typed) else { throw HoldFailure.promo(.unknown) }
            if let maximum = found.maximumUses, try PromoRows.uses(db, code: typed, now: now) >= maximum {
                throw HoldFailure.promo(.exhausted)
            }
            promo = found
        }
        var converter = LocalTimeConverter(timeZoneIdentifier: policy.timeZone)
        let today = converter?.localDate(at: now) ?? LocalDate(dayNumber: Int(now / 86_400))
        let priced: PricedOrder
        do {
            priced = try policy.pricing.price(lines.map(\.line), promo: promo, today: today)
        } catch {
            throw HoldFailure.promo(error)
        }

        let customer = try CustomerRows.upsert(db, request.contact, now: now)
        try db.cachedStatement(
            sql: """
                INSERT INTO sales_order (code, token_hash, kind, sailing_id, vessel_id, customer_id, language, utm,
                    promo_code, status, subtotal, discount, fee, fee_vat, vat, total, created_at, expires_at)
                VALUES (?, ?, 'tickets', ?, ?, ?, ?, ?, ?, 'pending', ?, ?, ?, ?, ?, ?, ?, ?)
                """
        ).execute(arguments: [
            code, queued.tokenHash, sailing.id, sailing.vesselID, customer, request.language.rawValue,
            request.utm, priced.promoCode, priced.subtotal.kopecks, priced.discount.kopecks, priced.fee.kopecks,
            priced.feeVAT.kopecks, priced.vat.kopecks, priced.total.kopecks, now, expiresAt,
        ])
        for (position, line) in priced.lines.enumerated() {
            let placement = lines[position]
            try db.cachedStatement(
                sql: """
                    INSERT INTO order_line (order_code, position, kind, sailing_id, section_id, row_label, seat_label,
                        tier, category, quantity, unit_price, amount, discount, vat)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """
            ).execute(arguments: [
                code, position, line.line.kind.rawValue, sailing.id, placement.section, placement.row,
                placement.seat,
                line.line.tier, line.line.category, line.line.quantity, line.line.unitPrice.kopecks,
                line.amount.kopecks, line.discount.kopecks, line.vat.kopecks,
            ])
        }
        if let promo {
            try db.cachedStatement(sql: "INSERT INTO promo_use (order_code, promo_code) VALUES (?, ?)").execute(
                arguments: [code, promo.code])
        }
        let details = OrderDetails.pending(
            code: code, kind: "tickets", language: request.language, sailingID: sailing.id, vesselID: sailing.vesselID,
            priced: priced,
            placements: lines.map { OrderDetails.Placement(section: $0.section, row: $0.row, seat: $0.seat) },
            createdAt: now, expiresAt: expiresAt)
        return PlacedHold(orderCode: code, token: queued.token, expiresAt: expiresAt, order: details)
    }

    /// A line to price, and where its places are.
    private struct PlannedLine {
        var line: PricingLine
        var section: String
        var row: String?
        var seat: String?
    }

    /// Checks every choice against the layout and the prices; collects every problem at once.
    private static func pricingLines(
        _ db: Database, _ request: HoldRequest, sailing: SailingForSale, policy: CheckoutPolicy
    ) throws -> [PlannedLine] {
        var problems: [HoldFailure.Invalid] = []
        var lines: [PlannedLine] = []
        if request.places == 0 {
            problems.append(HoldFailure.Invalid(field: "seats", message: "choose at least one seat or place"))
        }
        if request.places > policy.maximumPlaces {
            problems.append(
                HoldFailure.Invalid(
                    field: "seats", message: "at most \(policy.maximumPlaces) places per order, \(request.places) asked"
                ))
        }
        var seen: Set<String> = []
        for (index, seat) in request.seats.enumerated() {
            let field = "seats[\(index)]"
            guard seen.insert(seat.id).inserted else {
                problems.append(HoldFailure.Invalid(field: field, message: "seat \(seat.id) is chosen twice"))
                continue
            }
            guard sailing.sections[seat.section]?.kind == .seated,
                let category = try sailing.seatCategory(db, section: seat.section, row: seat.row, seat: seat.seat)
            else {
                problems.append(HoldFailure.Invalid(field: field, message: "no seat \(seat.id) on this sailing"))
                continue
            }
            guard let price = sailing.prices.price(tier: seat.tier, category: category) else {
                problems.append(
                    HoldFailure.Invalid(
                        field: field + ".tier", message: "tier \(seat.tier) is not sold for \(category) seats"))
                continue
            }
            lines.append(
                PlannedLine(
                    line: PricingLine(
                        kind: .seat, productID: sailing.productID, tier: seat.tier, category: category, quantity: 1,
                        unitPrice: price), section: seat.section, row: seat.row, seat: seat.seat))
        }
        for (index, choice) in request.standing.enumerated() {
            let field = "standing[\(index)]"
            guard let section = sailing.sections[choice.section], section.kind == .standing else {
                problems.append(
                    HoldFailure.Invalid(field: field + ".section", message: "no standing area \(choice.section)"))
                continue
            }
            guard choice.quantity > 0 else {
                problems.append(HoldFailure.Invalid(field: field + ".quantity", message: "must be at least 1"))
                continue
            }
            guard let price = sailing.prices.price(tier: choice.tier, category: section.category) else {
                problems.append(
                    HoldFailure.Invalid(
                        field: field + ".tier", message: "tier \(choice.tier) is not sold in \(choice.section)"))
                continue
            }
            lines.append(
                PlannedLine(
                    line: PricingLine(
                        kind: .standing, productID: sailing.productID, tier: choice.tier, category: section.category,
                        quantity: choice.quantity, unitPrice: price), section: choice.section, row: nil, seat: nil))
        }
        if !problems.isEmpty { throw HoldFailure.invalid(problems) }
        return lines
    }

    /// A new order code no order has (drawn again on the rare repeat).
    static func freeOrderCode(_ db: Database) throws -> String {
        for _ in 0..<8 {
            let code = ReadableCode.orderCode()
            let used = try Bool.fetchOne(
                db.cachedStatement(sql: "SELECT EXISTS (SELECT 1 FROM sales_order WHERE code = ?)"), arguments: [code])
            if used == false { return code }
        }
        throw StoreError.failed("could not draw a free order code")
    }
}
