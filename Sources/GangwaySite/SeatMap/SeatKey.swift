import Foundation
import GangwayCore

/// Names one assigned seat of a layout: its section, row label and seat number.
public struct SeatKey: Sendable, Hashable {
    public var section: String
    public var row: String
    public var seat: String

    public init(section: String, row: String, seat: String) {
        self.section = section
        self.row = row
        self.seat = seat
    }

    /// `section|row|seat`: the seat map's `data-seat` value and what the page's form posts as
    /// `seat`.
    public var id: String { HoldRequest.Seat.id(section: section, row: row, seat: seat) }
}
