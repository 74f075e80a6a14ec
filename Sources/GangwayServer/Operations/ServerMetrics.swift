import Foundation
import GangwayCore
import GangwayStore

/// Counters for `/metrics` (Prometheus text format): requests by route and status, a latency
/// histogram, holds placed and refused by reason. Thread-safe; no personal data in any label.
public final class ServerMetrics: @unchecked Sendable {
    /// Upper bounds of the latency buckets, in seconds.
    static let buckets: [Double] = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5]

    private let lock = NSLock()
    private var requests: [RouteStatus: Int] = [:]
    private var latencyCounts = [Int](repeating: 0, count: buckets.count)
    private var latencySum = 0.0
    private var latencyTotal = 0
    private var holdsPlaced = 0
    private var holdsRefused: [String: Int] = [:]
    private var paymentNotifications: [String: Int] = [:]

    public init() {}

    func record(route: String, status: Int, seconds: Double) {
        lock.withLock {
            requests[RouteStatus(route: route, status: status), default: 0] += 1
            // Cumulative buckets: the first bound the request fits and every one above it.
            if let first = Self.buckets.firstIndex(where: { seconds <= $0 }) {
                for index in first..<latencyCounts.count { latencyCounts[index] += 1 }
            }
            latencySum += seconds
            latencyTotal += 1
        }
    }

    /// Records a request that began at `start` and ends now.
    func record(route: String, status: Int, since start: ContinuousClock.Instant) {
        let elapsed = ContinuousClock.now - start
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        record(route: route, status: status, seconds: seconds)
    }

    func holdPlaced() { lock.withLock { holdsPlaced += 1 } }

    func holdRefused(_ reason: String) { lock.withLock { holdsRefused[reason, default: 0] += 1 } }

    /// A provider notification, by what became of it (a payment outcome, `test`,
    /// `bad_signature`, `malformed`).
    func paymentNotification(_ result: String) { lock.withLock { paymentNotifications[result, default: 0] += 1 } }

    /// The exposition text; `orders` comes from the database at scrape time, `holds` from the
    /// group commit.
    func render(orders: [OrderStatus: Int], holds: HoldQueue.Statistics = HoldQueue.Statistics()) -> String {
        lock.withLock {
            var lines = [
                "# HELP gangway_http_requests_total HTTP requests by route and status.",
                "# TYPE gangway_http_requests_total counter",
            ]
            for key in requests.keys.sorted() {
                lines.append("gangway_http_requests_total{\(key.labels)} \(requests[key] ?? 0)")
            }
            lines += [
                "# HELP gangway_http_request_duration_seconds Request latency.",
                "# TYPE gangway_http_request_duration_seconds histogram",
            ]
            for (index, bound) in Self.buckets.enumerated() {
                lines.append("gangway_http_request_duration_seconds_bucket{le=\"\(bound)\"} \(latencyCounts[index])")
            }
            lines.append("gangway_http_request_duration_seconds_bucket{le=\"+Inf\"} \(latencyTotal)")
            lines.append("gangway_http_request_duration_seconds_sum \(latencySum)")
            lines.append("gangway_http_request_duration_seconds_count \(latencyTotal)")
            lines += [
                "# HELP gangway_holds_placed_total Holds placed.", "# TYPE gangway_holds_placed_total counter",
                "gangway_holds_placed_total \(holdsPlaced)",
                "# HELP gangway_holds_failed_total Holds refused, by reason.",
                "# TYPE gangway_holds_failed_total counter",
            ]
            for reason in holdsRefused.keys.sorted() {
                lines.append("gangway_holds_failed_total{reason=\"\(reason)\"} \(holdsRefused[reason] ?? 0)")
            }
            lines += [
                "# HELP gangway_payment_notifications_total Provider notifications, by result.",
                "# TYPE gangway_payment_notifications_total counter",
            ]
            for result in paymentNotifications.keys.sorted() {
                lines.append(
                    "gangway_payment_notifications_total{result=\"\(result)\"} \(paymentNotifications[result] ?? 0)")
            }
            lines += [
                "# HELP gangway_hold_transactions_total Write transactions of the holds' group commit.",
                "# TYPE gangway_hold_transactions_total counter", "gangway_hold_transactions_total \(holds.batches)",
                "# HELP gangway_hold_transaction_holds_total Holds that went through them (placed or refused).",
                "# TYPE gangway_hold_transaction_holds_total counter",
                "gangway_hold_transaction_holds_total \(holds.holds)",
                "# HELP gangway_hold_transaction_largest Most holds in one transaction so far.",
                "# TYPE gangway_hold_transaction_largest gauge",
                "gangway_hold_transaction_largest \(holds.largestBatch)",
            ]
            lines += ["# HELP gangway_orders Orders by status.", "# TYPE gangway_orders gauge"]
            for status in OrderStatus.allCases {
                lines.append("gangway_orders{status=\"\(status.rawValue)\"} \(orders[status] ?? 0)")
            }
            return lines.joined(separator: "\n") + "\n"
        }
    }
}
