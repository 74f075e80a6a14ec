import HTTPTypes

/// The security headers on every response: no sniffing, no framing, a strict referrer policy, and
/// a content security policy (nothing at all for API answers; the storefront's own files only for
/// pages, plus inline styles for the seat map's SVG). API answers are never cached. Built once.
enum SecurityHeaders {
    static let common: [HTTPField] = [
        HTTPField(name: .xContentTypeOptions, value: "nosniff"),
        HTTPField(name: HTTPField.Name("Referrer-Policy") ?? .contentType, value: "strict-origin-when-cross-origin"),
        HTTPField(name: HTTPField.Name("X-Frame-Options") ?? .contentType, value: "DENY"),
    ]
    static let apiPolicy = "default-src 'none'; frame-ancestors 'none'"
    static let pagePolicy =
        "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: https:; "
        + "connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self' https:"

    /// Whether `path` is the API's (JSON answers, `/metrics`, `/healthz`) rather than the site's.
    static func isAPI(_ path: String) -> Bool {
        path.hasPrefix("/api/") || path == "/metrics" || path == "/healthz"
    }

    /// Sets the headers for a response to `path`, replacing any of the same name.
    static func apply(to headers: inout HTTPFields, path: String) {
        let api = isAPI(path)
        for field in common { headers[field.name] = field.value }
        headers[.contentSecurityPolicy] = api ? apiPolicy : pagePolicy
        if api { headers[.cacheControl] = "no-store" }
    }

    /// `fields` with the API's security headers added: what ``apply(to:path:)`` would make of
    /// them for an API path, ready to reuse for every answer.
    static func api(_ fields: HTTPFields) -> HTTPFields {
        var headers = fields
        apply(to: &headers, path: "/api/")
        return headers
    }
}
