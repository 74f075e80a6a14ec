/// Comparison of secrets (tokens, signatures) that takes the same time wherever the first
/// difference is, so a caller cannot learn a secret byte by byte from response times.
public enum ConstantTime {
    public static func equal(_ left: String, _ right: String) -> Bool {
        let a = Array(left.utf8)
        let b = Array(right.utf8)
        var difference = a.count ^ b.count
        for index in 0..<max(a.count, b.count) {
            difference |= Int((index < a.count ? a[index] : 0) ^ (index < b.count ? b[index] : 0))
        }
        return difference == 0
    }
}
