import Foundation
import Hummingbird

/// Times every request and counts it by route (the matched pattern, never the raw path, so ids
/// and tokens stay out of the metrics) and status.
struct MetricsMiddleware<Context: RequestContext>: RouterMiddleware {
    let metrics: ServerMetrics

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response)
        async throws -> Response
    {
        let start = ContinuousClock.now
        let route = { context.endpointPath ?? (request.uri.path.hasPrefix("/api/") ? "unmatched" : "static") }
        do {
            let response = try await next(request, context)
            metrics.record(route: route(), status: Int(response.status.code), since: start)
            return response
        } catch let error as any HTTPResponseError {
            metrics.record(route: route(), status: Int(error.status.code), since: start)
            throw error
        } catch {
            metrics.record(route: route(), status: 500, since: start)
            throw error
        }
    }
}
