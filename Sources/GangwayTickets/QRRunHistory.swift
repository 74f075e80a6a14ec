/// The lengths of the last seven runs of one colour along a row or column, newest first, used to
/// spot patterns that look like a finder pattern when scoring a mask.
struct QRRunHistory: Sendable {
    /// How many light modules to count before the first run: the quiet zone outside the code.
    private let quietZone: Int
    private var r0 = 0, r1 = 0, r2 = 0, r3 = 0, r4 = 0, r5 = 0, r6 = 0

    init(quietZone: Int) {
        self.quietZone = quietZone
    }

    /// Forgets every run, to start a new line.
    mutating func reset() {
        (r0, r1, r2, r3, r4, r5, r6) = (0, 0, 0, 0, 0, 0, 0)
    }

    /// Records a finished run. The first run of a line is light and gets the quiet zone added.
    mutating func add(_ length: Int) {
        let length = r0 == 0 ? length + quietZone : length
        (r6, r5, r4, r3, r2, r1, r0) = (r5, r4, r3, r2, r1, r0, length)
    }

    /// How many finder-like patterns end at the newest light run: a 1:1:3:1:1 dark-light-dark-
    /// light-dark core with at least 4 units of light on one side and at least 1 on the other.
    /// Each side that qualifies counts once.
    var finderLikeCount: Int {
        let n = r1
        guard n > 0, r2 == n, r3 == n * 3, r4 == n, r5 == n else { return 0 }
        return (r0 >= n * 4 && r6 >= n ? 1 : 0) + (r6 >= n * 4 && r0 >= n ? 1 : 0)
    }
}
