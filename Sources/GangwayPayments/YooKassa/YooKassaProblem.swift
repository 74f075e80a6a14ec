/// ЮKassa's error body: `{"type":"error","id":…,"code":"invalid_request","description":…,"parameter":…}`.
struct YooKassaProblem: Decodable {
    var code: String?
    var description: String?
    var parameter: String?
}
