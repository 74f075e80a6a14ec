import Foundation
import GangwayCore

/// What ``SeatMapRenderer`` produces for one sailing's page.
public struct RenderedSeatMap: Sendable, Hashable {
    /// The inline SVG (an `<svg>` element, ready to put in the page as it is), or `nil` when the
    /// layout has no assigned seat.
    public var svg: String?
    /// The legend to put next to the SVG: an HTML `<div class="seatmap-legend">` with a title,
    /// a list of categories with prices and seat states, and the keyboard hint; `nil` when
    /// there is no SVG.
    public var legendHTML: String?
    /// Standing sections, in layout order, for the page to show as remaining places.
    public var standing: [StandingArea]
    /// Assigned seats drawn.
    public var seatCount: Int
    /// Those of them drawn as free (selectable).
    public var freeSeatCount: Int

    public init(svg: String?, legendHTML: String?, standing: [StandingArea], seatCount: Int, freeSeatCount: Int) {
        self.svg = svg
        self.legendHTML = legendHTML
        self.standing = standing
        self.seatCount = seatCount
        self.freeSeatCount = freeSeatCount
    }
}
