/// A page of a ЮKassa list (`GET /payments`, `GET /refunds`): `{type:"list", items, next_cursor}`.
public struct YooKassaList<Item: Decodable & Sendable>: Decodable, Sendable {
    public var items: [Item]
    /// Present while there are more pages: pass it as `cursor` for the next.
    public var nextCursor: String?

    enum CodingKeys: String, CodingKey {
        case items
        case nextCursor = "next_cursor"
    }
}
