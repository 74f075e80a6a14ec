import Foundation
import GangwayCore
import GangwayStore
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

@testable import GangwayServer

/// The direct path of ``CheckoutResponder`` answers exactly as the router does.
struct CheckoutResponderTests {
    /// Every header but `Date` (which the server adds per second), by lower-case name.
    static func headers(_ response: TestResponse) -> [String: String] {
        var fields: [String: String] = [:]
        for field in response.headers where field.name != .date { fields[field.name.canonicalName] = field.value }
        return fields
    }

    @Test func onlyExactAvailabilityPathsAndHoldPostsGoDirect() {
        let id = CheckoutResponder.Direct.availabilitySailingID
        #expect(id("/api/v1/sailings/neva-2031-04-01-1030/availability") == "neva-2031-04-01-1030")
        #expect(id("/api/v1/sailings//availability") == nil)
        #expect(id("/api/v1/sailings/a/b/availability") == nil)
        #expect(id("/api/v1/sailings/a%2Fb/availability") == nil)
        #expect(id("/api/v1/sailings/a/availability/") == nil)
        #expect(id("/api/v1/sailings/availability") == nil)
        #expect(id("/api/v2/sailings/a/availability") == nil)
        let sailing = "/api/v1/sailings/x/availability"
        func direct(_ method: HTTPRequest.Method, _ path: String, _ headers: HTTPFields = [:]) -> String? {
            let head = HTTPRequest(
                method: method, scheme: "http", authority: "localhost", path: path, headerFields: headers)
            return CheckoutResponder.Direct(Request(head: head, body: RequestBody(buffer: ByteBuffer()))).map(\.route)
        }
        #expect(direct(.get, sailing) == CheckoutRoutes.availabilityRoute)
        #expect(direct(.get, sailing + "?x=1") == CheckoutRoutes.availabilityRoute)
        #expect(direct(.head, sailing) == nil)
        #expect(direct(.get, sailing, [.origin: "https://tickets.example.ru"]) == nil)
        #expect(direct(.post, "/api/v1/holds") == CheckoutRoutes.holdsRoute)
        #expect(direct(.post, "/api/v1/holds", [.origin: "https://tickets.example.ru"]) == nil)
        #expect(direct(.get, "/api/v1/holds") == nil)
        #expect(direct(.post, "/api/v1/holds/") == nil)
        #expect(direct(.post, "/api/v1/charters") == nil)
    }

    @Test func availabilityDirectAndThroughTheRouterAreTheSameAnswer() async throws {
        let database = try CheckoutFixture.database()
        let server = CheckoutAPITests.server(database)
        let direct = Application(responder: server.responder())
        let routed = Application(router: server.router())
        for uri in [
            "/api/v1/sailings/\(CheckoutFixture.sailing("10:30"))/availability",
            "/api/v1/sailings/no-such-sailing/availability",
        ] {
            let viaDirect = try await Self.answer(direct, uri)
            let viaRouter = try await Self.answer(routed, uri)
            #expect(viaDirect.status == viaRouter.status, "\(uri)")
            #expect(viaDirect.headers == viaRouter.headers, "\(uri)")
            #expect(viaDirect.body == viaRouter.body, "\(uri)")
            #expect(viaDirect.headers["x-content-type-options"] == "nosniff")
            #expect(viaDirect.headers["cache-control"] == "no-store")
        }
    }

    static func answer(_ app: some ApplicationProtocol, _ uri: String) async throws -> (
        status: HTTPResponse.Status, headers: [String: String], body: String
    ) {
        try await app.test(.router) { client in
            try await client.execute(uri: uri, method: .get) { response in
                (response.status, Self.headers(response), String(buffer: response.body))
            }
        }
    }

    @Test func directAnswersCarrySecurityHeadersAndAreCountedUnderTheirRoutes() async throws {
        let database = try CheckoutFixture.database()
        let server = CheckoutAPITests.server(database)
        let sailing = "/api/v1/sailings/\(CheckoutFixture.sailing("10:30"))/availability"
        try await Application(responder: server.responder()).test(.router) { client in
            try await client.execute(uri: sailing, method: .get) { #expect($0.status == .ok) }
            try await client.execute(uri: sailing, method: .get) { #expect($0.status == .ok) }
            // Through the router (CORS), counted under the same name.
            try await client.execute(uri: sailing, method: .get, headers: [.origin: "https://tickets.example.ru"]) {
                #expect($0.headers[.accessControlAllowOrigin] == "https://tickets.example.ru")
            }
            try await client.execute(
                uri: "/api/v1/holds", method: .post, headers: CheckoutAPITests.jsonHeaders,
                body: CheckoutAPITests.hold(seats: [("salon|1|1", "adult")])
            ) { response in
                #expect(response.status == .created)
                #expect(response.headers[.xContentTypeOptions] == "nosniff")
                #expect(response.headers[.contentSecurityPolicy] == SecurityHeaders.apiPolicy)
                #expect(response.headers[.cacheControl] == "no-store")
                #expect(response.headers[.location]?.hasPrefix("/api/v1/orders/GW-") == true)
            }
            try await client.execute(
                uri: "/api/v1/holds", method: .post, headers: CheckoutAPITests.jsonHeaders,
                body: ByteBuffer(string: "{\"sailing")
            ) { response in
                #expect(response.status == .badRequest)
                #expect(response.headers[.contentType] == "application/problem+json; charset=utf-8")
                #expect(response.headers[.xContentTypeOptions] == "nosniff")
            }
            try await client.execute(
                uri: "/api/v1/holds", method: .post,
                headers: [.contentType: "application/json", .origin: "https://tickets.example.ru"],
                body: CheckoutAPITests.hold(seats: [("salon|1|1", "adult")])
            ) { response in
                #expect(response.status == .conflict)
                #expect(response.headers[.accessControlAllowOrigin] == "https://tickets.example.ru")
            }
            try await client.execute(uri: "/metrics", method: .get) { response in
                let text = String(buffer: response.body)
                let availability = CheckoutRoutes.availabilityRoute
                #expect(text.contains("gangway_http_requests_total{route=\"\(availability)\",status=\"200\"} 3"))
                #expect(text.contains("gangway_http_requests_total{route=\"/api/v1/holds\",status=\"201\"} 1"))
                #expect(text.contains("gangway_http_requests_total{route=\"/api/v1/holds\",status=\"400\"} 1"))
                #expect(text.contains("gangway_http_requests_total{route=\"/api/v1/holds\",status=\"409\"} 1"))
                #expect(text.contains("gangway_http_request_duration_seconds_count 6"))
            }
        }
    }

    @Test func aFormHoldGoesDirectAndStillGetsItsRedirectWithSecurityHeaders() async throws {
        let database = try CheckoutFixture.database()
        let server = CheckoutAPITests.server(database)
        let form =
            "sailing_id=\(CheckoutFixture.sailing("10:00", vessel: "moika"))&language=en&name=Ivan"
            + "&email=ivan%40example.ru&standing%5Bgeneral%5D%5Badult%5D=1"
        try await Application(responder: server.responder()).test(.router) { client in
            try await client.execute(
                uri: "/api/v1/holds", method: .post,
                headers: [.contentType: "application/x-www-form-urlencoded"], body: ByteBuffer(string: form)
            ) { response in
                #expect(response.status == .seeOther)
                #expect(response.headers[.location]?.hasPrefix("https://tickets.example.ru/en/order/?code=GW-") == true)
                #expect(response.headers[.xContentTypeOptions] == "nosniff")
            }
        }
    }
}
