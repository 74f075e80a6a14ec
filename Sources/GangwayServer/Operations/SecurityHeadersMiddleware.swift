import HTTPTypes
import Hummingbird

/// Security headers on every response: no sniffing, no framing, a strict referrer policy, and a
/// content security policy (nothing at all for API answers; the storefront's own files only for
/// pages, plus inline styles for the seat map's SVG). The header fields are built once.
struct SecurityHeadersMiddleware<Context: RequestContext>: RouterMiddleware {
    let common: [HTTPField] = [
        HTTPField(name: .xContentTypeOptions, value: "nosniff"),
        HTTPField(name: HTTPField.Name("Referrer-Policy") ?? .contentType, value: "strict-origin-when-cross-origin"),
        HTTPField(name: HTTPField.Name("X-Frame-Options") ?? .contentType, value: "DENY"),
    ]
    let apiPolicy = "default-src 'none'; frame-ancestors 'none'"
    let pagePolicy =
        "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: https:; "
        + "connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self' https:"

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response)
        async throws -> Response
    {
        var response = try await next(request, context)
        let path = request.uri.path
        let api = path.hasPrefix("/api/") || path == "/metrics" || path == "/healthz"
        for field in common { response.headers[field.name] = field.value }
        response.headers[.contentSecurityPolicy] = api ? apiPolicy : pagePolicy
        if api { response.headers[.cacheControl] = "no-store" }
        return response
    }
}
