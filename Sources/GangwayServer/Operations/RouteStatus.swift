/// A request counter's labels: the matched route and the status (a key that costs no string
/// building per request; the label text is built at scrape time).
struct RouteStatus: Hashable, Comparable, Sendable {
    var route: String
    var status: Int

    var labels: String { "route=\"\(route)\",status=\"\(status)\"" }

    static func < (lhs: RouteStatus, rhs: RouteStatus) -> Bool { lhs.labels < rhs.labels }
}
