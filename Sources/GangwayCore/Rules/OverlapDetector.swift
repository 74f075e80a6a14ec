/// Finds departures of one vessel that overlap in time (departure + duration), and charter
/// bookings they run into. Back-to-back (one ends as the next departs) is not an overlap.
public enum OverlapDetector {
    /// A span a vessel is busy.
    public struct Busy: Sendable, Hashable {
        public var vesselID: String
        /// A sailing id, or `charter:<id>`.
        public var what: String
        public var start: Int64
        public var end: Int64

        public init(vesselID: String, what: String, start: Int64, end: Int64) {
            self.vesselID = vesselID
            self.what = what
            self.start = start
            self.end = end
        }
    }

    /// Pairs (earlier, later) that overlap, each later span reported once against the
    /// latest-ending span before it. O(n log n).
    public static func overlaps(_ spans: [Busy]) -> [(Busy, Busy)] {
        let sorted = spans.sorted { ($0.vesselID, $0.start, $0.end) < ($1.vesselID, $1.start, $1.end) }
        var result: [(Busy, Busy)] = []
        var reach: Busy?
        for span in sorted {
            if let current = reach, current.vesselID == span.vesselID {
                if span.start < current.end { result.append((current, span)) }
                if span.end > current.end { reach = span }
            } else {
                reach = span
            }
        }
        return result
    }
}
