import GangwayCore

extension HoldRequestBody {
    /// The body is not the JSON a hold needs: a member of the wrong type, or a required one missing.
    struct Mismatch: Error {
        var member: String
    }

    /// Reads a parsed body as `JSONDecoder` would read it into this type (a test compares the two
    /// on a table of bodies): required members must be there with their type, optional ones may be
    /// missing or `null`, unknown members are ignored. Foundation's decoder was 5 % of a hold's
    /// CPU.
    init(json: JSONValue) throws(Mismatch) {
        guard case .object = json else { throw Mismatch(member: "") }
        sailingId = try Self.string(json, "sailing_id")
        seats = try Self.array(json, "seats") { seat throws(Mismatch) in
            Seat(id: try Self.string(seat, "id"), tier: try Self.string(seat, "tier"))
        }
        standing = try Self.array(json, "standing") { area throws(Mismatch) in
            Standing(
                section: try Self.string(area, "section"), tier: try Self.string(area, "tier"),
                quantity: try Self.integer(area, "quantity"))
        }
        if let customer = try Self.member(json, "customer") {
            guard case .object = customer else { throw Mismatch(member: "customer") }
            self.customer = Customer(
                name: try Self.optionalString(customer, "name"), email: try Self.optionalString(customer, "email"),
                phone: try Self.optionalString(customer, "phone"))
        } else {
            customer = nil
        }
        language = try Self.optionalString(json, "language")
        promo = try Self.optionalString(json, "promo")
        utm = try Self.optionalString(json, "utm")
    }

    /// The member `key`, nil when it is missing or `null`.
    private static func member(_ object: JSONValue, _ key: String) throws(Mismatch) -> JSONValue? {
        guard case .object = object else { throw Mismatch(member: key) }
        guard let value = object[key] else { return nil }
        if case .null = value { return nil }
        return value
    }

    private static func string(_ object: JSONValue, _ key: String) throws(Mismatch) -> String {
        guard let value = try optionalString(object, key) else { throw Mismatch(member: key) }
        return value
    }

    private static func optionalString(_ object: JSONValue, _ key: String) throws(Mismatch) -> String? {
        guard let value = try member(object, key) else { return nil }
        guard case .string(let text) = value else { throw Mismatch(member: key) }
        return text
    }

    /// A whole number, as JSONDecoder reads an `Int`: `2`, `-1`, `2.0` and `2e0`, not `2.5`.
    private static func integer(_ object: JSONValue, _ key: String) throws(Mismatch) -> Int {
        guard case .number(let text) = try member(object, key) else { throw Mismatch(member: key) }
        if let whole = Int(text) { return whole }
        guard let real = Double(text), real.rounded() == real, let whole = Int(exactly: real) else {
            throw Mismatch(member: key)
        }
        return whole
    }

    private static func array<Element>(
        _ object: JSONValue, _ key: String, _ element: (JSONValue) throws(Mismatch) -> Element
    ) throws(Mismatch) -> [Element]? {
        guard let value = try member(object, key) else { return nil }
        guard case .array(let items) = value else { throw Mismatch(member: key) }
        var elements: [Element] = []
        elements.reserveCapacity(items.count)
        for item in items { elements.append(try element(item)) }
        return elements
    }
}
