import HTTPTypes
import Hummingbird

/// Security headers on every response: no sniffing, no framing, a strict referrer policy, and a
/// content security policy (nothing at all for API answers; the storefront's own files only for
/// pages, plus inline styles for the seat map's SVG).
struct SecurityHeadersMiddleware<Context: RequestContext>: RouterMiddleware {
    static var referrerPolicy: HTTPField.Name { HTTPField.Name("Referrer-Policy") ?? .contentType }
    static var frameOptions: HTTPField.Name { HTTPField.Name("X-Frame-Options") ?? .contentType }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response)
        async throws -> Response
    {
        var response = try await next(request, context)
        let api =
            request.uri.path.hasPrefix("/api/") || request.uri.path == "/metrics" || request.uri.path == "/healthz"
        response.headers[.xContentTypeOptions] = "nosniff"
        response.headers[Self.referrerPolicy] = "strict-origin-when-cross-origin"
        response.headers[Self.frameOptions] = "DENY"
        response.headers[.contentSecurityPolicy] =
            api
            ? "default-src 'none'; frame-ancestors 'none'"
            : "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: https:; "
                + "connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self' https:"
        if api { response.headers[.cacheControl] = "no-store" }
        return response
    }
}
