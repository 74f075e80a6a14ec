/// How places on a sailing are sold: assigned seats, general admission, or both.
public enum Seating: String, Sendable, Hashable, Codable {
    case assigned
    case general
    case mixed

    public init(sections: [LayoutSection.Kind]) {
        let seated = sections.contains(.seated)
        let standing = sections.contains(.standing) || sections.isEmpty
        switch (seated, standing) {
        case (true, true): self = .mixed
        case (true, false): self = .assigned
        default: self = .general
        }
    }
}
