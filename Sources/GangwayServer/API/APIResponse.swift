import Foundation
import Hummingbird

/// JSON and problem responses (each body type names its snake_case keys itself: a key strategy
/// was half the cost of an availability answer).
enum APIResponse {
    static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }()

    static let decoder = JSONDecoder()

    static func json(_ value: some Encodable, status: HTTPResponse.Status = .ok) throws -> Response {
        let data = try encoder.encode(value)
        return Response(
            status: status, headers: [.contentType: "application/json; charset=utf-8"],
            body: ResponseBody(byteBuffer: ByteBuffer(bytes: data)))
    }

    /// An order's answer (``OrderJSON``).
    static func order(_ body: OrderBody, status: HTTPResponse.Status = .ok) -> Response {
        Response(
            status: status, headers: [.contentType: "application/json; charset=utf-8"],
            body: ResponseBody(byteBuffer: OrderJSON.encode(body)))
    }

    static func problem(_ problem: ProblemDetails) -> Response {
        let data = (try? encoder.encode(problem)) ?? Data("{}".utf8)
        return Response(
            status: HTTPResponse.Status(code: problem.status),
            headers: [.contentType: "application/problem+json; charset=utf-8"],
            body: ResponseBody(byteBuffer: ByteBuffer(bytes: data)))
    }

    static func problem(
        _ status: HTTPResponse.Status, _ slug: String, _ title: String, _ detail: String,
        seats: [String]? = nil, standing: [ProblemDetails.Shortfall]? = nil, errors: [ProblemDetails.FieldError]? = nil
    ) -> Response {
        problem(
            ProblemDetails(
                type: "https://gangway.dev/problems/\(slug)", title: title, status: status.code, detail: detail,
                seats: seats, standing: standing, errors: errors))
    }

    /// A 303 to `location` (the no-JavaScript form path).
    static func seeOther(_ location: String) -> Response {
        Response(status: .seeOther, headers: [.location: location])
    }
}
