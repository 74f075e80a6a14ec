/// One timed phase of the benchmark: what it did, how long it took, how much it wrote.
struct PhaseResult {
    var name: String
    var seconds: Double
    /// Rows written or compared.
    var rows: Int
    /// The peak resident memory of the process that ran it, in KiB.
    var peakKiB: Int
    /// User plus system CPU time of that process, when it ran as a child.
    var cpuSeconds: Double?
    /// What the import reported (`100000 sailings added`).
    var note: String

    var rowsPerSecond: Double { seconds > 0 ? Double(rows) / seconds : 0 }
    var peakMB: Double { Double(peakKiB) / 1_024 }
}
