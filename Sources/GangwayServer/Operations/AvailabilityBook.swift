import Foundation
import GangwayCore
import GangwayStore
import NIOCore

/// Every sailing's availability, computed once from the database and then kept in memory and
/// patched by this server's own holds, served as ready JSON bytes.
///
/// It stays true to the database this way:
/// - this server's holds patch it on the writer, right after their transaction commits and before
///   they are answered (``transactionCommitted(_:)``): their seats show taken at once; a hold with
///   standing places drops its sailing's entry, which is read again on the next request;
/// - any other write, by another process (imports cancelling sailings or changing layouts,
///   `gangway reconcile`, `holds expire`, the CLI) or by this one outside holds (payments,
///   charters), moves the writer's ``ChangeToken``; it is compared before every hold transaction
///   and at most `checkInterval` before an answer (``checkDue()``), and every entry is dropped
///   when it moved;
/// - an answer is read again once its ``SailingAvailability/changesAt`` has come (a hold lapses,
///   sales close, the sailing departs).
///
/// An entry computed from a read that a patch or a drop overtook is not kept (``Stamp``). Holds
/// themselves are decided by the database, never by this book.
final class AvailabilityBook: @unchecked Sendable {
    private struct Entry {
        var availability: SailingAvailability
        var seatIndex: [String: Int]
        var body: ByteBuffer?
    }

    /// Where the book stood when a read began: kept only if neither moved meanwhile.
    struct Stamp {
        var epoch: Int
        var touched: Int
    }

    enum Lookup {
        case hit(ByteBuffer)
        case miss(Stamp)
    }

    let checkInterval: Duration
    private let limit: Int
    private let lock = NSLock()
    private var entries: [String: Entry] = [:]
    private var known: ChangeToken?
    /// Bumped whenever every entry is dropped.
    private var epoch = 0
    /// Patches per sailing since the last drop.
    private var touched: [String: Int] = [:]
    private var lastCheck: ContinuousClock.Instant?
    private var checking = false

    init(checkInterval: Duration = .milliseconds(100), limit: Int = 20_000) {
        self.checkInterval = checkInterval
        self.limit = limit
    }

    /// The ready answer for `sailingID` at `now`, or what a read must present to store one.
    func lookup(_ sailingID: String, now: Int64) -> Lookup {
        lock.withLock {
            if var entry = entries[sailingID] {
                if let changesAt = entry.availability.changesAt, now >= changesAt {
                    entries.removeValue(forKey: sailingID)
                } else if let body = entry.body {
                    return .hit(body)
                } else {
                    let body = AvailabilityJSON.encode(AvailabilityBody(entry.availability))
                    entry.body = body
                    entries[sailingID] = entry
                    return .hit(body)
                }
            }
            return .miss(Stamp(epoch: epoch, touched: touched[sailingID, default: 0]))
        }
    }

    /// Keeps `availability` (read after `stamp` was taken) unless a drop or a patch of its sailing
    /// came since; returns its answer either way.
    func store(_ availability: SailingAvailability, stamp: Stamp) -> ByteBuffer {
        let body = AvailabilityJSON.encode(AvailabilityBody(availability))
        let id = availability.sailingID
        var index: [String: Int] = [:]
        for (position, seat) in availability.seats.enumerated() { index[seat.id] = position }
        lock.withLock {
            guard stamp.epoch == epoch, stamp.touched == touched[id, default: 0] else { return }
            if entries.count >= limit { dropAll() }
            entries[id] = Entry(availability: availability, seatIndex: index, body: body)
        }
        return body
    }

    /// Whether a change check is due (more than `checkInterval` since the last); the caller that
    /// gets true runs it and reports with ``observed(_:)`` or ``checkFailed()``.
    func checkDue() -> Bool {
        lock.withLock {
            guard !checking else { return false }
            if let lastCheck, ContinuousClock.now - lastCheck < checkInterval { return false }
            checking = true
            return true
        }
    }

    /// The writer's token, read on the writer: everything is dropped if it moved.
    func observed(_ token: ChangeToken) {
        lock.withLock {
            if token != known { dropAll() }
            known = token
            lastCheck = ContinuousClock.now
            checking = false
        }
    }

    /// The check could not read the database: nothing is trusted, and the next request checks again.
    func checkFailed() {
        lock.withLock {
            dropAll()
            known = nil
            checking = false
        }
    }

    /// A hold transaction of this server committed (called on the writer, before the next write).
    func transactionCommitted(_ transaction: HoldTransaction) {
        lock.withLock {
            if transaction.before != known { dropAll() }
            known = transaction.after
            for hold in transaction.placed { patch(hold) }
        }
    }

    private func patch(_ hold: PlacedHold) {
        guard let id = hold.order.sailingID else { return }
        touched[id, default: 0] += 1
        guard var entry = entries[id] else { return }
        if hold.order.lines.contains(where: { $0.kind != .seat }) {
            entries.removeValue(forKey: id)
            return
        }
        for line in hold.order.lines {
            guard let section = line.section, let row = line.row, let seat = line.seat,
                let position = entry.seatIndex[HoldRequest.Seat.id(section: section, row: row, seat: seat)]
            else {
                entries.removeValue(forKey: id)
                return
            }
            entry.availability.seats[position].free = false
        }
        entry.availability.changesAt = min(entry.availability.changesAt ?? hold.expiresAt, hold.expiresAt)
        entry.body = nil
        entries[id] = entry
    }

    private func dropAll() {
        entries.removeAll(keepingCapacity: true)
        touched.removeAll()
        epoch += 1
    }
}
