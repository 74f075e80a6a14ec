/// The languages Gangway speaks. Russian is primary: every operator text must exist in it,
/// and customer-facing texts fall back to it.
public enum Language: String, Sendable, Hashable, Codable, CaseIterable {
    case ru
    case en
    case zh
}
