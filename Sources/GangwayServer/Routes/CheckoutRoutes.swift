import Foundation
import GangwayCore
import GangwayStore
import GangwayTickets
import HTTPTypes
import Hummingbird
import Logging

/// The checkout API under `/api/v1`, plus `/healthz` and `/metrics` (docs/openapi.yaml).
struct CheckoutRoutes: Sendable {
    let database: AppDatabase
    let settings: ServerSettings
    let clock: any GangwayCore.Clock
    let metrics: ServerMetrics
    let limiter: RateLimiter
    let availability: AvailabilityBook
    let holds: HoldQueue

    /// Every route this server answers, as `METHOD path` with `{name}` parameters, for the test
    /// that keeps docs/openapi.yaml true.
    static let routes = [
        "GET \(availabilityRoute)", "POST \(holdsRoute)", "POST /api/v1/charters",
        "GET /api/v1/orders/{order_code}", "GET /api/v1/orders/{order_code}/tickets/{ticket_code}/qr.svg",
        "GET /healthz", "GET /metrics",
    ]

    /// The availability route as `/metrics` names it (``CheckoutResponder`` answers most of its
    /// requests without the router, under the same name).
    static let availabilityRoute = "/api/v1/sailings/{sailing_id}/availability"
    static let holdsRoute = "/api/v1/holds"

    func register(on router: Router<CheckoutRequestContext>) {
        router.get("/api/v1/sailings/:sailing_id/availability") { _, context in
            try await availability(sailingID: context.parameters.get("sailing_id") ?? "")
        }
        router.post("/api/v1/holds") { request, context in
            try await asFormAnswer(request) { try await hold($0, context) }
        }
        router.post("/api/v1/charters") { request, context in
            try await asFormAnswer(request) { try await charter($0, context) }
        }
        router.get("/api/v1/orders/:order_code") { request, context in try await order(request, context) }
        router.get("/api/v1/orders/:order_code/tickets/:ticket_code/qr.svg") { request, context in
            try await ticketCode(request, context)
        }
        router.get("/healthz") { _, _ in try await health() }
        router.get("/metrics") { _, _ in try await metricsText() }
    }

    /// For an HTML form post, a refusal becomes a small page in the customer's language (the form's
    /// `language` field; a link back to the page that posted it); JSON clients get the problem.
    func asFormAnswer(_ request: Request, _ handle: (Request) async throws -> Response) async throws -> Response {
        guard Self.isForm(request) else { return try await handle(request) }
        // The body is read once here (its size checked) and handed on.
        var request = request
        let buffer: ByteBuffer
        switch await BodyLimit.collect(&request, limit: settings.bodyLimitBytes) {
        case .success(let collected): buffer = collected
        case .failure(let refusal): return refusal.response
        }
        let language = HoldForm(body: String(buffer: buffer)).first("language") ?? "ru"
        let response = try await handle(Request(head: request.head, body: RequestBody(buffer: buffer)))
        guard response.status.code >= 400 else { return response }
        let referer = request.headers[.referer].flatMap { $0.hasPrefix(settings.siteOrigin + "/") ? $0 : nil }
        return await FormProblemPage.response(for: response, language: language, back: referer)
    }

    // MARK: Handlers

    /// An availability answer's headers, security headers included (so that ``CheckoutResponder``
    /// can send it without the middleware).
    static let availabilityHeaders = SecurityHeaders.api([
        .contentType: "application/json; charset=utf-8", .cacheControl: "no-store",
    ])

    /// A sailing's availability, from the book when it holds a current answer; complete with
    /// security headers, whether the router or ``CheckoutResponder`` asked.
    func availability(sailingID id: String) async throws -> Response {
        if availability.checkDue() {
            // Whether anyone else wrote since the last look: at most `checkInterval` ago.
            let (database, book) = (database, availability)
            do {
                try await Blocking.run { try database.observeChanges { book.observed($0) } }
            } catch {
                book.checkFailed()
            }
        }
        let now = clock.now()
        switch availability.lookup(id, now: now) {
        case .hit(let body):
            return Response(status: .ok, headers: Self.availabilityHeaders, body: ResponseBody(byteBuffer: body))
        case .miss(let stamp):
            let database = database
            guard let found = try await Blocking.run({ try database.availability(sailingID: id, now: now) }) else {
                var response = APIResponse.problem(.notFound, "unknown-sailing", "Unknown sailing", "no sailing \(id)")
                SecurityHeaders.apply(to: &response.headers, path: "/api/")
                return response
            }
            let body = availability.store(found, stamp: stamp)
            return Response(status: .ok, headers: Self.availabilityHeaders, body: ResponseBody(byteBuffer: body))
        }
    }

    func hold(_ request: Request, _ context: CheckoutRequestContext) async throws -> Response {
        let (text, isForm): (String, Bool)
        switch await admit(request, context) {
        case .success(let admitted): (text, isForm) = admitted
        case .failure(let refusal): return refusal.response
        }
        let body: HoldRequestBody
        if isForm {
            body = HoldForm(body: text).body
        } else {
            do {
                body = try HoldRequestBody(json: JSONParser.parse(Array(text.utf8)))
            } catch {
                metrics.holdRefused("invalid")
                return APIResponse.problem(
                    .badRequest, "malformed-json", "Malformed request", "the body is not the JSON a hold needs")
            }
        }
        let holdRequest: HoldRequest
        switch HoldRequestMapping.request(from: body) {
        case .success(let mapped): holdRequest = mapped
        case .failure(let failure):
            metrics.holdRefused("invalid")
            return failure.response
        }
        let now = clock.now()
        do {
            let placed = try await holds.place(holdRequest, policy: settings.policy, now: now)
            metrics.holdPlaced()
            context.logger.info(
                "hold placed",
                metadata: [
                    "order": .string(placed.orderCode), "sailing": .string(holdRequest.sailingID),
                    "places": .stringConvertible(holdRequest.places),
                ])
            if isForm {
                let language = holdRequest.language.rawValue
                return APIResponse.seeOther(
                    settings.siteOrigin + "/\(language)/order/?code=\(placed.orderCode)&token=\(placed.token)")
            }
            var response = APIResponse.order(OrderBody(placed.order, token: placed.token), status: .created)
            response.headers[.location] = "/api/v1/orders/\(placed.orderCode)"
            return response
        } catch let failure as HoldFailure {
            metrics.holdRefused(HoldRequestMapping.reason(failure))
            return failure.response
        }
    }

    func charter(_ request: Request, _ context: CheckoutRequestContext) async throws -> Response {
        let (text, isForm): (String, Bool)
        switch await admit(request, context) {
        case .success(let admitted): (text, isForm) = admitted
        case .failure(let refusal): return refusal.response
        }
        let body: CharterRequestBody
        if isForm {
            body = CharterRequestBody.form(HoldForm(body: text), timeZone: settings.policy.timeZone)
        } else {
            guard let decoded = try? APIResponse.decoder.decode(CharterRequestBody.self, from: Data(text.utf8)) else {
                return APIResponse.problem(
                    .badRequest, "malformed-json", "Malformed request", "the body is not the JSON a charter needs")
            }
            body = decoded
        }
        let charterRequest: CharterRequest
        switch body.request() {
        case .success(let mapped): charterRequest = mapped
        case .failure(let failure): return failure.response
        }
        let now = clock.now()
        let (database, policy) = (database, settings.policy)
        do {
            let placed = try await Blocking.run { try database.holdCharter(charterRequest, policy: policy, now: now) }
            metrics.holdPlaced()
            context.logger.info(
                "charter held",
                metadata: ["order": .string(placed.orderCode), "vessel": .string(charterRequest.vesselID)])
            if isForm {
                return APIResponse.seeOther(
                    settings.siteOrigin
                        + "/\(charterRequest.language.rawValue)/order/?code=\(placed.orderCode)&token=\(placed.token)")
            }
            return APIResponse.order(OrderBody(placed.order, token: placed.token), status: .created)
        } catch let failure as CharterFailure {
            metrics.holdRefused("charter")
            return failure.response
        }
    }

    func order(_ request: Request, _ context: CheckoutRequestContext) async throws -> Response {
        let (code, token, found) = try await CustomerOrder.find(request, context, database: database, now: clock.now())
        guard let found else {
            return APIResponse.problem(
                .notFound, "unknown-order", "Unknown order", "no order \(code) with this token")
        }
        return APIResponse.order(OrderBody(found, token: token))
    }

    /// A ticket's QR code (SVG; it encodes the ticket code the crew scans), for its order's
    /// customer only.
    func ticketCode(_ request: Request, _ context: CheckoutRequestContext) async throws -> Response {
        let ticket = context.parameters.get("ticket_code") ?? ""
        let (_, _, order) = try await CustomerOrder.find(request, context, database: database, now: clock.now())
        guard let order, order.tickets.contains(where: { $0.code == ticket }) else {
            return APIResponse.problem(
                .notFound, "unknown-ticket", "Unknown ticket", "no ticket \(ticket) in this order")
        }
        let svg = try QRCode.ticketSVG(ticket)
        return Response(
            status: .ok,
            headers: [.contentType: "image/svg+xml; charset=utf-8", .cacheControl: "private, max-age=86400"],
            body: ResponseBody(byteBuffer: ByteBuffer(string: svg)))
    }

    func health() async throws -> Response {
        let database = database
        do {
            _ = try await Blocking.run { try database.health() }
            return try APIResponse.json(["status": "ok", "database": "ok"])
        } catch {
            return APIResponse.problem(
                .serviceUnavailable, "database-unavailable", "Database unavailable", "\(error)")
        }
    }

    func metricsText() async throws -> Response {
        let database = database
        let orders = (try? await Blocking.run { try database.orderCounts() }) ?? [:]
        return Response(
            status: .ok, headers: [.contentType: "text/plain; version=0.0.4; charset=utf-8"],
            body: ResponseBody(byteBuffer: ByteBuffer(string: metrics.render(orders: orders, holds: holds.statistics))))
    }

    /// A refusal before a body is even read.
    struct Refusal: Error {
        var response: Response
    }

    /// A hold or charter request let in: under the client's rate limit, its body within the size
    /// limit; returns the body's text and whether it is an HTML form.
    private func admit(_ request: Request, _ context: CheckoutRequestContext) async -> Result<(String, Bool), Refusal> {
        guard limiter.allow(clientAddress(request, context), now: Date().timeIntervalSince1970) else {
            metrics.holdRefused("rate_limited")
            var response = APIResponse.problem(
                .tooManyRequests, "rate-limited", "Too many requests",
                "at most \(limiter.perMinute) holds a minute from one address; try again shortly")
            response.headers[.retryAfter] = "10"
            return .failure(Refusal(response: response))
        }
        var request = request
        return await BodyLimit.collect(&request, limit: settings.bodyLimitBytes).map { buffer in
            (String(buffer: buffer), Self.isForm(request))
        }
    }

    static func isForm(_ request: Request) -> Bool {
        request.headers[.contentType]?.lowercased().hasPrefix("application/x-www-form-urlencoded") == true
    }

    private func clientAddress(_ request: Request, _ context: CheckoutRequestContext) -> String {
        ClientAddress.of(request, context, trustForwardedFor: settings.trustForwardedFor)
    }
}
