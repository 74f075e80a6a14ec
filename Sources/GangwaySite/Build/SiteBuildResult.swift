/// What a storefront build did: the writer's summary, and how many operator texts fell back
/// to Russian for want of a translation.
public struct SiteBuildResult: Codable, Sendable, CustomStringConvertible {
    public var summary: SiteBuildSummary
    public var fallbacks: Int

    public init(summary: SiteBuildSummary, fallbacks: Int) {
        self.summary = summary
        self.fallbacks = fallbacks
    }

    /// `pages: 120 written, 3410 unchanged, 2 removed; 14 texts in Russian for want of a translation`.
    public var description: String {
        summary.description + "; \(fallbacks) texts shown in Russian for want of a translation"
    }
}
