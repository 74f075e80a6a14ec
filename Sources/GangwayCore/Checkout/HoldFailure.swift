/// Why a hold was refused. Nothing was reserved: the whole request is one transaction.
public enum HoldFailure: Error, Sendable, Hashable {
    public enum Closed: String, Sendable, Hashable {
        /// The sailing is cancelled.
        case cancelled
        /// Online sales closed `sales_close_min` before departure.
        case salesClosed = "sales_closed"
        /// It has departed.
        case departed

        /// Why a sailing cannot be bought at `now`, or nil when it can: the one rule the
        /// storefront (its buy form) and the checkout (its holds) both apply.
        public static func reason(
            status: SailingStatus, departsAt: Int64, salesCloseMinutes: Int, now: Int64
        ) -> Closed? {
            if status == .cancelled { return .cancelled }
            if now >= departsAt { return .departed }
            if now >= departsAt - Int64(salesCloseMinutes) * 60 { return .salesClosed }
            return nil
        }
    }

    /// A standing area without enough places left.
    public struct Shortfall: Sendable, Hashable {
        public var section: String
        public var requested: Int
        public var remaining: Int

        public init(section: String, requested: Int, remaining: Int) {
            self.section = section
            self.requested = requested
            self.remaining = remaining
        }
    }

    /// One input the request got wrong: where (a JSON path) and what.
    public struct Invalid: Sendable, Hashable {
        public var field: String
        public var message: String

        public init(field: String, message: String) {
            self.field = field
            self.message = message
        }
    }

    case unknownSailing(String)
    case closed(Closed)
    /// Seats (`section|row|seat`) that are sold or held by someone else.
    case seatsTaken([String])
    case notEnoughPlaces([Shortfall])
    case invalid([Invalid])
    case promo(PromoRejection)
}
