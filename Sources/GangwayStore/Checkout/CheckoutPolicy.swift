import GangwayCore

/// The limits and money rules a hold is placed under (from the configuration).
public struct CheckoutPolicy: Sendable {
    /// How long a hold keeps its places.
    public var holdSeconds: Int64
    /// At most this many places (seats and standing places) per order.
    public var maximumPlaces: Int
    public var pricing: OrderPricing
    /// The operator's time zone, for the promo validity dates.
    public var timeZone: String

    public init(
        holdSeconds: Int64 = 15 * 60, maximumPlaces: Int = 10, pricing: OrderPricing = OrderPricing(),
        timeZone: String = "Europe/Moscow"
    ) {
        self.holdSeconds = holdSeconds
        self.maximumPlaces = maximumPlaces
        self.pricing = pricing
        self.timeZone = timeZone
    }
}
