import Hummingbird

/// What `gangway serve` answers with: the router, except for the two requests a rush repeats by
/// the thousand a second — a sailing's availability and a new hold — which go straight to their
/// handlers when they come without an `Origin` header.
///
/// Resolving the path through the router's trie and the middleware chain cost more than a ready
/// availability answer itself. The answers are the router's to the byte: the same handlers, the
/// same security headers, counted in `/metrics` under the same route names. A request with an
/// `Origin` header goes through the router, whose CORS middleware answers it; so does any path or
/// method that is not exactly one of the two.
public struct CheckoutResponder: HTTPResponder {
    public typealias Context = CheckoutRequestContext

    /// A request answered without the router.
    enum Direct {
        case availability(sailingID: String)
        case hold

        /// The route's name in `/metrics`, as the router names it.
        var route: String {
            switch self {
            case .availability: CheckoutRoutes.availabilityRoute
            case .hold: CheckoutRoutes.holdsRoute
            }
        }

        /// Which of the two `request` is, if either.
        init?(_ request: Request) {
            guard !request.headers.contains(.origin) else { return nil }
            switch request.method {
            case .get:
                guard let id = Self.availabilitySailingID(request.uri.path) else { return nil }
                self = .availability(sailingID: id)
            case .post:
                guard request.uri.path == CheckoutRoutes.holdsRoute else { return nil }
                self = .hold
            default:
                return nil
            }
        }

        /// The sailing id of `/api/v1/sailings/{id}/availability`, or nil for any other path (an
        /// empty or percent-encoded id included: those are left to the router).
        static func availabilitySailingID(_ path: String) -> String? {
            let prefix = "/api/v1/sailings/"
            let suffix = "/availability"
            guard path.hasPrefix(prefix), path.hasSuffix(suffix) else { return nil }
            let id = Substring(path).dropFirst(prefix.utf8.count).dropLast(suffix.utf8.count)
            guard !id.isEmpty, !id.utf8.contains(UInt8(ascii: "/")), !id.utf8.contains(UInt8(ascii: "%")) else {
                return nil
            }
            return String(id)
        }
    }

    let router: RouterResponder<CheckoutRequestContext>
    let routes: CheckoutRoutes
    let metrics: ServerMetrics

    public func respond(to request: Request, context: Context) async throws -> Response {
        guard let direct = Direct(request) else { return try await router.respond(to: request, context: context) }
        let start = ContinuousClock.now
        var response: Response
        do {
            switch direct {
            case .availability(let sailingID):
                response = try await routes.availability(sailingID: sailingID)
            case .hold:
                response = try await routes.asFormAnswer(request) { try await routes.hold($0, context) }
                SecurityHeaders.apply(to: &response.headers, path: CheckoutRoutes.holdsRoute)
            }
        } catch let error as any HTTPResponseError {
            response = try error.response(from: request, context: context)
            SecurityHeaders.apply(to: &response.headers, path: request.uri.path)
        } catch {
            metrics.record(route: direct.route, status: 500, since: start)
            throw error
        }
        metrics.record(route: direct.route, status: Int(response.status.code), since: start)
        return response
    }
}
