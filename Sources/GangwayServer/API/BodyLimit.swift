import Hummingbird

/// Reading a request's body within `serve.body_limit_kb`.
enum BodyLimit {
    /// The whole body, or the 413 problem to answer.
    static func collect(_ request: inout Request, limit: Int) async -> Result<ByteBuffer, CheckoutRoutes.Refusal> {
        do {
            return .success(try await request.collectBody(upTo: limit))
        } catch {
            return .failure(
                CheckoutRoutes.Refusal(
                    response: APIResponse.problem(
                        .contentTooLarge, "body-too-large", "Request too large",
                        "the body is larger than \(limit) bytes")))
        }
    }
}
