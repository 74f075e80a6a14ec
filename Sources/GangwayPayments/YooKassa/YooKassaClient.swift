import Foundation

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// The ЮKassa API v3 over the toolchain's URLSession (libcurl on Linux): HTTP Basic with the
/// shop id and secret key, JSON both ways, an `Idempotence-Key` on every POST. A 5xx or a
/// network failure is retried with the same key (the API answers a repeat with the first
/// result); a 4xx is reported at once. The base URL is configuration, so tests point it at a
/// local server.
public struct YooKassaClient: Sendable {
    public static let productionURL = URL(string: "https://api.yookassa.ru/v3/")!

    public let credentials: YooKassaCredentials
    public let baseURL: URL
    /// Pauses before each retry; their count is the number of retries.
    public var retryDelays: [Duration]
    public var timeout: TimeInterval

    public init(
        credentials: YooKassaCredentials, baseURL: URL = Self.productionURL,
        retryDelays: [Duration] = [.milliseconds(500), .seconds(2)], timeout: TimeInterval = 20
    ) {
        self.credentials = credentials
        self.baseURL = baseURL.absoluteString.hasSuffix("/") ? baseURL : baseURL.appendingPathComponent("")
        self.retryDelays = retryDelays
        self.timeout = timeout
    }

    public func createPayment(_ payment: YooKassaPaymentRequest, idempotenceKey: String) async throws
        -> YooKassaPayment
    {
        try await send("POST", "payments", body: payment, idempotenceKey: idempotenceKey)
    }

    public func payment(id: String) async throws -> YooKassaPayment {
        try await send("GET", "payments/\(try Self.pathSegment(id))")
    }

    public func createRefund(_ refund: YooKassaRefundRequest, idempotenceKey: String) async throws -> YooKassaRefund {
        try await send("POST", "refunds", body: refund, idempotenceKey: idempotenceKey)
    }

    public func refund(id: String) async throws -> YooKassaRefund {
        try await send("GET", "refunds/\(try Self.pathSegment(id))")
    }

    public func createReceipt(_ receipt: YooKassaReceiptRequest, idempotenceKey: String) async throws
        -> YooKassaReceiptResult
    {
        try await send("POST", "receipts", body: receipt, idempotenceKey: idempotenceKey)
    }

    /// One page of the shop's succeeded payments created in `[from, to)` (ISO 8601 instants), 100 at most.
    public func payments(createdFrom from: String, before to: String, cursor: String?) async throws
        -> YooKassaList<YooKassaPayment>
    {
        try await send("GET", "payments", query: Self.listQuery(from: from, to: to, cursor: cursor))
    }

    /// One page of the shop's succeeded refunds created in `[from, to)`, 100 at most.
    public func refunds(createdFrom from: String, before to: String, cursor: String?) async throws
        -> YooKassaList<YooKassaRefund>
    {
        try await send("GET", "refunds", query: Self.listQuery(from: from, to: to, cursor: cursor))
    }

    static func listQuery(from: String, to: String, cursor: String?) -> [URLQueryItem] {
        [
            URLQueryItem(name: "created_at.gte", value: from), URLQueryItem(name: "created_at.lt", value: to),
            URLQueryItem(name: "status", value: "succeeded"), URLQueryItem(name: "limit", value: "100"),
        ] + (cursor.map { [URLQueryItem(name: "cursor", value: $0)] } ?? [])
    }

    /// Ids come from the API or a webhook: letters, digits, `-` and `_` only, so nothing can
    /// steer the request elsewhere.
    static func pathSegment(_ id: String) throws -> String {
        guard !id.isEmpty, id.count <= 64,
            id.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") })
        else { throw YooKassaError.unexpectedResponse("malformed object id") }
        return id
    }

    private func send<Answer: Decodable>(_ method: String, _ path: String, query: [URLQueryItem] = []) async throws
        -> Answer
    {
        try await send(method, path, body: Optional<YooKassaAmount>.none, query: query)
    }

    private func send<Body: Encodable, Answer: Decodable>(
        _ method: String, _ path: String, body: Body?, idempotenceKey: String? = nil, query: [URLQueryItem] = []
    ) async throws -> Answer {
        var url = baseURL.appendingPathComponent(path)
        if !query.isEmpty, var components = URLComponents(url: url, resolvingAgainstBaseURL: false) {
            components.queryItems = query
            url = components.url ?? url
        }
        var request = URLRequest(url: url, timeoutInterval: timeout)
        request.httpMethod = method
        request.setValue(credentials.authorization, forHTTPHeaderField: "Authorization")
        request.setValue("application/json", forHTTPHeaderField: "Accept")
        if let body {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            request.httpBody = try encoder.encode(body)
            request.setValue("application/json", forHTTPHeaderField: "Content-Type")
        }
        if let idempotenceKey { request.setValue(idempotenceKey, forHTTPHeaderField: "Idempotence-Key") }

        var attempt = 0
        while true {
            do {
                return try await exchange(request)
            } catch let error as YooKassaError where error.isRetryable && attempt < retryDelays.count {
                try await Task.sleep(for: retryDelays[attempt])
                attempt += 1
            }
        }
    }

    private func exchange<Answer: Decodable>(_ request: URLRequest) async throws -> Answer {
        let data: Data
        let response: URLResponse
        do {
            (data, response) = try await URLSession.shared.data(for: request)
        } catch {
            throw YooKassaError.unavailable("no answer from \(baseURL.host ?? "the API") (\(Self.reason(error)))")
        }
        guard let http = response as? HTTPURLResponse else {
            throw YooKassaError.unexpectedResponse("not an HTTP answer")
        }
        switch http.statusCode {
        case 200..<300:
            do {
                return try JSONDecoder().decode(Answer.self, from: data)
            } catch {
                throw YooKassaError.unexpectedResponse("HTTP \(http.statusCode) body is not a \(Answer.self)")
            }
        case 500...:
            throw YooKassaError.unavailable("HTTP \(http.statusCode)")
        default:
            let problem = try? JSONDecoder().decode(YooKassaProblem.self, from: data)
            throw YooKassaError.rejected(
                status: http.statusCode, code: problem?.code ?? "unknown",
                detail: [problem?.description, problem?.parameter.map { "parameter \($0)" }].compactMap { $0 }
                    .joined(separator: "; "))
        }
    }

    private static func reason(_ error: any Error) -> String {
        let text = (error as NSError).localizedDescription
        return text.split(separator: "\n").first.map(String.init) ?? "network error"
    }
}
