import Foundation

/// An error response body, `application/problem+json` (RFC 9457): `type`, `title`, `status`,
/// `detail`, plus fields naming exactly what failed (the seats already taken, the sections short
/// of places, the invalid fields), so the page can tell the customer what to change.
public struct ProblemDetails: Codable, Sendable, Equatable {
    /// A standing area short of places: how many were asked for, how many are left.
    public struct Shortfall: Codable, Sendable, Equatable {
        public var section: String
        public var requested: Int
        public var remaining: Int
    }

    /// One invalid input: the field (a JSON path such as `seats[2].tier`) and what is wrong.
    public struct FieldError: Codable, Sendable, Equatable {
        public var field: String
        public var message: String
    }

    public var type: String
    public var title: String
    public var status: Int
    public var detail: String
    /// Assigned seats (`section|row|seat`) that are no longer free.
    public var seats: [String]?
    public var standing: [Shortfall]?
    public var errors: [FieldError]?

    public init(
        type: String, title: String, status: Int, detail: String, seats: [String]? = nil,
        standing: [Shortfall]? = nil, errors: [FieldError]? = nil
    ) {
        self.type = type
        self.title = title
        self.status = status
        self.detail = detail
        self.seats = seats
        self.standing = standing
        self.errors = errors
    }
}
