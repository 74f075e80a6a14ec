import Hummingbird

/// Puts ``SecurityHeaders`` on every response the router gives.
struct SecurityHeadersMiddleware<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response)
        async throws -> Response
    {
        var response = try await next(request, context)
        SecurityHeaders.apply(to: &response.headers, path: request.uri.path)
        return response
    }
}
