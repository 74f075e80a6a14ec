/// Whether a sailing runs.
public enum SailingStatus: String, Sendable, Hashable, Codable, CaseIterable {
    case scheduled
    case cancelled
}
