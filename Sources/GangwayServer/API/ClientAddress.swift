import HTTPTypes
import Hummingbird

/// Whose request this is, for the rate limit and the ЮKassa source check: the connection's
/// peer, or behind a trusted proxy the last `X-Forwarded-For` hop — the one the proxy appended
/// itself. Earlier hops are whatever the client claimed, so they are never trusted.
enum ClientAddress {
    static func of(_ request: Request, _ context: CheckoutRequestContext, trustForwardedFor: Bool) -> String {
        if trustForwardedFor, let name = HTTPField.Name("X-Forwarded-For") {
            let hops = request.headers[values: name].flatMap { $0.split(separator: ",") }
            if let last = hops.last?.trimmingCharacters(in: .whitespaces), !last.isEmpty { return last }
        }
        return context.remoteAddress?.ipAddress ?? "unknown"
    }
}
