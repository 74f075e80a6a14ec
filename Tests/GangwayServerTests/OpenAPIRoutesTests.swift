import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@testable import GangwayServer

/// docs/openapi.yaml and the router agree: every path and method in the spec is served, and
/// every served route is in the spec.
struct OpenAPIRoutesTests {
    static let spec = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("docs/openapi.yaml")

    /// `METHOD /path` for every operation under `paths:` (two-space path keys, four-space methods).
    static func operations(in text: String) -> Set<String> {
        var operations: Set<String> = []
        var inPaths = false
        var path: String?
        for line in text.components(separatedBy: "\n") {
            if line == "paths:" {
                inPaths = true
                continue
            }
            if inPaths, let first = line.first, first != " " { inPaths = false }
            guard inPaths else { continue }
            if line.hasPrefix("  /"), line.hasSuffix(":"), !line.hasPrefix("   ") {
                path = String(line.dropFirst(2).dropLast())
            } else if let path, line.hasPrefix("    "), !line.hasPrefix("     "), line.hasSuffix(":") {
                let method = line.trimmingCharacters(in: .whitespaces).dropLast()
                if ["get", "post", "put", "patch", "delete"].contains(method) {
                    operations.insert("\(method.uppercased()) \(path)")
                }
            }
        }
        return operations
    }

    @Test func everyRouteIsSpecifiedAndEverySpecifiedRouteIsServed() throws {
        let text = try String(contentsOf: Self.spec, encoding: .utf8)
        let specified = Self.operations(in: text)
        #expect(specified.count >= 5)
        #expect(specified == Set(CheckoutRoutes.routes + PaymentRoutes.routes))
    }

    /// Each specified operation reaches a handler: an unmatched route is the router's bare 404,
    /// while our handlers answer 404 with a problem document.
    @Test func everySpecifiedOperationReachesAHandler() async throws {
        let text = try String(contentsOf: Self.spec, encoding: .utf8)
        let database = try CheckoutFixture.database()
        let app = Application(router: CheckoutAPITests.server(database).router())
        try await app.test(.router) { client in
            for operation in Self.operations(in: text).sorted() {
                let parts = operation.split(separator: " ")
                let uri = String(parts[1]).replacingOccurrences(
                    of: #"\{[a-z_]+\}"#, with: "x", options: .regularExpression)
                let method: HTTPRequest.Method = parts[0] == "POST" ? .post : .get
                try await client.execute(
                    uri: uri, method: method, headers: [.contentType: "application/json"],
                    body: ByteBuffer(string: "{}")
                ) { response in
                    let problem = response.headers[.contentType]?.hasPrefix("application/problem+json") == true
                    #expect(response.status != .notFound || problem, "\(operation) is not served")
                }
            }
            try await client.execute(uri: "/api/v1/nothing-here", method: .get) { response in
                #expect(response.status == .notFound)
                #expect(response.headers[.contentType]?.hasPrefix("application/problem+json") != true)
            }
        }
    }

    @Test func theParserSeesAMissingRoute() {
        let text = "paths:\n  /a:\n    get:\n      summary: x\n  /b/{id}:\n    post:\ncomponents:\n  x:\n    get:\n"
        #expect(Self.operations(in: text) == ["GET /a", "POST /b/{id}"])
    }
}
