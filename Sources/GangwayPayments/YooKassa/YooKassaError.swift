/// What went wrong talking to ЮKassa, in one line an operator can act on (never the secret key).
public enum YooKassaError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A 4xx: the request must be fixed (and sent with a new idempotence key).
    case rejected(status: Int, code: String, detail: String)
    /// Unreachable, or 5xx after the retries (retry later with the same idempotence key).
    case unavailable(String)
    /// An answer that is not the documented shape.
    case unexpectedResponse(String)

    public var description: String {
        switch self {
        case .rejected(let status, let code, let detail):
            "ЮKassa refused the request (HTTP \(status), \(code)): \(detail)"
        case .unavailable(let why): "ЮKassa is unavailable: \(why)"
        case .unexpectedResponse(let why): "unexpected answer from ЮKassa: \(why)"
        }
    }

    /// Whether the same request may be sent again with the same key.
    public var isRetryable: Bool {
        if case .unavailable = self { return true }
        return false
    }
}
