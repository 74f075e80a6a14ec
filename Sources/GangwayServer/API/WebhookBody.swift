/// What the ЮKassa webhook answers (200): the event, the object's status as the API gave it,
/// and what was done.
struct WebhookBody: Encodable {
    var event: String
    var status: String
    var outcome: String?
    var duplicate: Bool?
    var released: Bool?
}
