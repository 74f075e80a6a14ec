/// An address with an optional display name: `Невские прогулки <tickets@example.ru>`.
public struct MailAddress: Sendable, Equatable {
    public var name: String?
    public var address: String

    public init(name: String? = nil, address: String) {
        self.name = name
        self.address = address
    }

    /// Parses `Name <address>` or a bare `address`; `nil` when there is no `@` or a line break.
    public init?(parsing text: String) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard !trimmed.contains("\n"), !trimmed.contains("\r") else { return nil }
        if let open = trimmed.lastIndex(of: "<"), trimmed.hasSuffix(">") {
            let name = trimmed[..<open].trimmingCharacters(in: .whitespaces)
            let address = String(trimmed[trimmed.index(after: open)..<trimmed.index(before: trimmed.endIndex)])
            guard address.contains("@"), !address.contains(" ") else { return nil }
            self.init(name: name.isEmpty ? nil : name, address: address)
        } else {
            guard trimmed.contains("@"), !trimmed.contains(" ") else { return nil }
            self.init(address: trimmed)
        }
    }
}
