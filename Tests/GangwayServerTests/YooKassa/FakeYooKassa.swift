import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore

/// A local stand-in for the ЮKassa API v3, for tests only (it never ships): it answers the
/// documented shapes of payments.md — Basic auth, `Idempotence-Key` on every POST (the same key
/// gets the first answer back), payments, refunds and receipts — and checks that every receipt
/// adds up. Tests move payments on with ``succeed(_:)`` and ``cancel(_:)``, and make it fail
/// with ``failNext``.
final class FakeYooKassa: @unchecked Sendable {
    static let shopID = "123456"
    static let secretKey = "test_SecretKeyForTests"

    private let lock = NSLock()
    private var payments: [String: [String: Any]] = [:]
    private var refunds: [String: [String: Any]] = [:]
    private var answers: [String: (HTTPResponse.Status, Data)] = [:]
    private var serial = 0
    /// Every POST body received, with its path and key.
    private(set) var received: [(path: String, key: String?, body: [String: Any])] = []
    /// Answer 500 to this many coming requests.
    var failNext = 0

    func locked<T>(_ body: () throws -> T) rethrows -> T {
        lock.lock()
        defer { lock.unlock() }
        return try body()
    }

    var paymentCount: Int { locked { payments.count } }
    func posts(to path: String) -> [[String: Any]] { locked { received.filter { $0.path == path }.map(\.body) } }
    func keys(for path: String) -> [String?] { locked { received.filter { $0.path == path }.map(\.key) } }
    func payment(_ id: String) -> [String: Any]? { locked { payments[id] } }
    var paymentIDs: [String] { locked { Array(payments.keys) } }

    func succeed(_ id: String, income: String? = nil) {
        locked {
            payments[id]?["status"] = "succeeded"
            payments[id]?["paid"] = true
            payments[id]?["captured_at"] = "2027-06-14T06:01:00.000Z"
            if let income { payments[id]?["income_amount"] = ["value": income, "currency": "RUB"] }
        }
    }

    func cancel(_ id: String) { locked { payments[id]?["status"] = "canceled" } }

    /// A refund made in ЮKassa's dashboard, not through Gangway.
    func dashboardRefund(payment: String, amount: String) -> String {
        locked {
            serial += 1
            let id = "rf-dash-\(serial)"
            refunds[id] = [
                "id": id, "payment_id": payment, "status": "succeeded", "amount": ["value": amount, "currency": "RUB"],
                "created_at": "2027-06-15T10:00:00.000Z",
            ]
            return id
        }
    }

    /// Runs `body` with the fake listening on a loopback port, passing its base URL.
    func run<T: Sendable>(_ body: @escaping @Sendable (URL) async throws -> T) async throws -> T {
        let router = Router()
        router.post("/v3/:kind") { request, context in try await self.post(request, context) }
        router.get("/v3/:kind/:id") { request, context in self.get(request, context) }
        router.get("/v3/:kind") { request, context in self.list(request, context) }
        let app = Application(router: router)
        return try await app.test(.live) { client in
            try await body(URL(string: "http://127.0.0.1:\(client.port!)/v3/")!)
        }
    }

    private func authorised(_ request: Request) -> Bool {
        let expected = "Basic " + Data("\(Self.shopID):\(Self.secretKey)".utf8).base64EncodedString()
        return request.headers[.authorization] == expected
    }

    static func problem(_ status: HTTPResponse.Status, _ code: String, _ description: String, parameter: String? = nil)
        -> Response
    {
        var body: [String: Any] = ["type": "error", "id": UUID().uuidString, "code": code, "description": description]
        if let parameter { body["parameter"] = parameter }
        return json(status, try! JSONSerialization.data(withJSONObject: body))
    }

    static func json(_ status: HTTPResponse.Status, _ data: Data) -> Response {
        Response(
            status: status, headers: [.contentType: "application/json"],
            body: ResponseBody(byteBuffer: ByteBuffer(bytes: data)))
    }

    private func failing() -> Bool {
        locked {
            guard failNext > 0 else { return false }
            failNext -= 1
            return true
        }
    }

    private func get(_ request: Request, _ context: BasicRequestContext) -> Response {
        guard authorised(request) else {
            return Self.problem(.unauthorized, "invalid_credentials", "bad shop id or key")
        }
        if failing() { return Self.problem(.internalServerError, "internal_server_error", "try again") }
        let kind = context.parameters.get("kind") ?? ""
        let id = context.parameters.get("id") ?? ""
        let object = locked { kind == "payments" ? payments[id] : (kind == "refunds" ? refunds[id] : nil) }
        guard let object else { return Self.problem(.notFound, "not_found", "no such object") }
        return Self.json(.ok, try! JSONSerialization.data(withJSONObject: object))
    }

    /// `GET /payments` or `/refunds`: succeeded objects created in `[created_at.gte, created_at.lt)`,
    /// `limit` per page, `next_cursor` while more remain.
    private func list(_ request: Request, _ context: BasicRequestContext) -> Response {
        guard authorised(request) else {
            return Self.problem(.unauthorized, "invalid_credentials", "bad shop id or key")
        }
        let query = request.uri.queryParameters
        let from = query.get("created_at.gte") ?? ""
        let to = query.get("created_at.lt") ?? "~"
        let limit = Int(query.get("limit") ?? "") ?? 100
        let offset = Int(query.get("cursor") ?? "") ?? 0
        let all = locked { () -> [[String: Any]] in
            let objects = context.parameters.get("kind") == "refunds" ? Array(refunds.values) : Array(payments.values)
            return objects.filter {
                let created = $0["created_at"] as? String ?? ""
                return $0["status"] as? String == "succeeded" && created >= from && created < to
            }.sorted { ($0["id"] as? String ?? "") < ($1["id"] as? String ?? "") }
        }
        let page = Array(all.dropFirst(offset).prefix(limit))
        var body: [String: Any] = ["type": "list", "items": page]
        if offset + limit < all.count { body["next_cursor"] = "\(offset + limit)" }
        return Self.json(.ok, try! JSONSerialization.data(withJSONObject: body))
    }

    private func post(_ request: Request, _ context: BasicRequestContext) async throws -> Response {
        let kind = context.parameters.get("kind") ?? ""
        let key = request.headers[HTTPField.Name("Idempotence-Key")!]
        let buffer = try await request.body.collect(upTo: 1 << 20)
        let body = (try? JSONSerialization.jsonObject(with: Data(buffer: buffer))) as? [String: Any] ?? [:]
        locked { received.append((kind, key, body)) }
        guard authorised(request) else {
            return Self.problem(.unauthorized, "invalid_credentials", "bad shop id or key")
        }
        if failing() { return Self.problem(.internalServerError, "internal_server_error", "try again") }
        guard let key, !key.isEmpty else {
            return Self.problem(
                .badRequest, "invalid_request", "Idempotence-Key is required", parameter: "Idempotence-Key")
        }
        if let (status, data) = locked({ answers["\(kind)|\(key)"] }) { return Self.json(status, data) }
        let (status, object): (HTTPResponse.Status, [String: Any])
        switch kind {
        case "payments": (status, object) = createPayment(body)
        case "refunds": (status, object) = createRefund(body)
        case "receipts": (status, object) = createReceipt(body)
        default: return Self.problem(.notFound, "not_found", "no such endpoint")
        }
        let data = try JSONSerialization.data(withJSONObject: object)
        locked { answers["\(kind)|\(key)"] = (status, data) }
        return Self.json(status, data)
    }

    private static func kopecks(_ amount: Any?) -> Int64? {
        guard let value = (amount as? [String: Any])?["value"] as? String else { return nil }
        let parts = value.split(separator: ".")
        guard parts.count == 2, parts[1].count == 2, let whole = Int64(parts[0]), let fraction = Int64(parts[1]) else {
            return nil
        }
        return whole * 100 + fraction
    }

    private static func error(_ description: String, _ parameter: String) -> (HTTPResponse.Status, [String: Any]) {
        (
            .badRequest,
            [
                "type": "error", "id": UUID().uuidString, "code": "invalid_request", "description": description,
                "parameter": parameter,
            ]
        )
    }

    /// The receipt's items must add up to `amount` and carry the 54-FZ fields.
    private static func checkReceipt(_ receipt: Any?, amount: Int64) -> (HTTPResponse.Status, [String: Any])? {
        guard let receipt = receipt as? [String: Any], let items = receipt["items"] as? [[String: Any]], !items.isEmpty
        else { return error("receipt is required", "receipt") }
        let customer = receipt["customer"] as? [String: Any]
        guard customer?["email"] != nil || customer?["phone"] != nil else {
            return error("receipt.customer needs email or phone", "receipt.customer")
        }
        var sum: Int64 = 0
        for item in items {
            guard let price = kopecks(item["amount"]), item["quantity"] as? String == "1.00",
                item["vat_code"] is Int, item["payment_subject"] as? String == "service",
                (item["description"] as? String)?.count ?? 200 <= 128
            else { return error("receipt item is malformed", "receipt.items") }
            sum += price
        }
        guard sum == amount else { return error("receipt items do not add up to the amount", "receipt.items") }
        return nil
    }

    private func createPayment(_ body: [String: Any]) -> (HTTPResponse.Status, [String: Any]) {
        guard let amount = Self.kopecks(body["amount"]) else { return Self.error("amount is malformed", "amount") }
        if let refusal = Self.checkReceipt(body["receipt"], amount: amount) { return refusal }
        return locked {
            serial += 1
            let id = String(format: "2f%06d-000f-5000-9000-1de77fa0d6df", serial)
            let payment: [String: Any] = [
                "id": id, "status": "pending", "paid": false, "amount": body["amount"]!,
                "confirmation": [
                    "type": "redirect",
                    "confirmation_url": "https://yoomoney.ru/checkout/payments/v2/contract?orderId=\(id)",
                ],
                "created_at": "2027-06-14T05:56:00.000Z", "description": body["description"] ?? "",
                "metadata": body["metadata"] ?? [:], "test": true, "refundable": false,
            ]
            payments[id] = payment
            return (.ok, payment)
        }
    }

    private func createRefund(_ body: [String: Any]) -> (HTTPResponse.Status, [String: Any]) {
        guard let amount = Self.kopecks(body["amount"]) else { return Self.error("amount is malformed", "amount") }
        if let refusal = Self.checkReceipt(body["receipt"], amount: amount) { return refusal }
        return locked {
            guard let paymentID = body["payment_id"] as? String, let payment = payments[paymentID],
                payment["status"] as? String == "succeeded", let paid = Self.kopecks(payment["amount"])
            else { return Self.error("payment cannot be refunded", "payment_id") }
            let before = refunds.values.filter { $0["payment_id"] as? String == paymentID }
                .reduce(Int64(0)) { $0 + (Self.kopecks($1["amount"]) ?? 0) }
            guard before + amount <= paid else { return Self.error("amount exceeds the payment", "amount") }
            serial += 1
            let id = "rf-\(serial)"
            let refund: [String: Any] = [
                "id": id, "payment_id": paymentID, "status": "succeeded", "amount": body["amount"]!,
                "created_at": "2027-06-15T10:00:00.000Z",
            ]
            refunds[id] = refund
            return (.ok, refund)
        }
    }

    private func createReceipt(_ body: [String: Any]) -> (HTTPResponse.Status, [String: Any]) {
        guard body["type"] as? String == "payment", let paymentID = body["payment_id"] as? String,
            let settlements = body["settlements"] as? [[String: Any]], body["send"] as? Bool == true
        else { return Self.error("type, payment_id, settlements and send are required", "type") }
        let settled = settlements.reduce(Int64(0)) { $0 + (Self.kopecks($1["amount"]) ?? 0) }
        if let refusal = Self.checkReceipt(
            ["customer": body["customer"] ?? [:], "items": body["items"] ?? []], amount: settled)
        {
            return refusal
        }
        return locked {
            guard payments[paymentID]?["status"] as? String == "succeeded" else {
                return Self.error("payment is not succeeded", "payment_id")
            }
            serial += 1
            return (.ok, ["id": "rc-\(serial)", "type": "payment", "status": "pending", "payment_id": paymentID])
        }
    }
}
