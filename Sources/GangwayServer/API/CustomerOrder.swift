import GangwayCore
import GangwayStore
import Hummingbird

/// An order as its customer may see it: the code from the path (`order_code`), the token from
/// the query, checked by the store (a wrong token and an unknown code look the same).
enum CustomerOrder {
    static func find(
        _ request: Request, _ context: CheckoutRequestContext, database: AppDatabase, now: Int64
    ) async throws -> (code: String, token: String, order: OrderDetails?) {
        let code = ReadableCode.normalise(context.parameters.get("order_code") ?? "")
        let token = request.uri.queryParameters.get("token") ?? ""
        guard !token.isEmpty else { return (code, token, nil) }
        let order = try await Blocking.run { try database.order(code: code, token: token, now: now) }
        return (code, token, order)
    }
}
