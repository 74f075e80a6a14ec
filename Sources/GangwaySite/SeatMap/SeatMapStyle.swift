import Foundation
import GangwayCore

/// The seat map's colours and its small style sheet, written into the SVG itself so the map
/// works with no other CSS. Every rule is scoped to `.gw-seatmap`; a site style sheet can
/// override any of them with a more specific selector.
enum SeatMapStyle {
    /// Category colours, in the order categories are listed (Okabe–Ito, distinguishable with
    /// the common colour-vision deficiencies); every seat also has a dark outline, so light
    /// colours keep their contrast against the page.
    static let palette = ["#e69f00", "#56b4e9", "#009e73", "#f0e442", "#0072b2", "#d55e00", "#cc79a7", "#a6761d"]
    static let outline = "#1f2937"
    static let selectedFill = "#111827"
    static let takenFill = "#e5e7eb"
    static let markStroke = "#374151"

    static func colour(tone: Int) -> String { palette[tone % palette.count] }

    /// A seat's shape, centred on the seat's position: a rounded square, or a circle for a seat
    /// for passengers with reduced mobility (so that difference is not told by colour alone).
    static func shape(accessible: Bool, fill: String? = nil) -> String {
        let fillAttribute = fill.map { " fill=\"\($0)\" stroke=\"\(outline)\" stroke-width=\"1.5\"" } ?? ""
        return accessible
            ? "<circle class=\"shape\" r=\"9.5\"\(fillAttribute)/>"
            : "<rect class=\"shape\" x=\"-9\" y=\"-9\" width=\"18\" height=\"18\" rx=\"3\"\(fillAttribute)/>"
    }

    static let seatShape = shape(accessible: false)
    static let accessibleShape = shape(accessible: true)

    /// The cross drawn on taken seats and the tick drawn on selected ones; CSS shows each in its
    /// state, so the page script only toggles classes and `aria-checked`.
    static let crossPath = "<path class=\"x\" d=\"M-4.5-4.5l9 9m0-9l-9 9\"/>"
    static let tickPath = "<path class=\"v\" d=\"M-5 0.5l3.5 3.5 6.5-7.5\"/>"

    /// The `<style>` element for a map using `toneCount` category colours.
    static func sheet(toneCount: Int) -> String {
        var rules = [
            ".gw-seatmap .seat{cursor:pointer}",
            ".gw-seatmap .seat:focus{outline:none}",
            ".gw-seatmap .shape{stroke:\(outline);stroke-width:1.5}",
        ]
        for tone in 0..<min(toneCount, palette.count) {
            rules.append(".gw-seatmap .tone-\(tone) .shape{fill:\(colour(tone: tone))}")
        }
        rules += [
            ".gw-seatmap .x,.gw-seatmap .v{display:none;fill:none;stroke-width:2.5;stroke-linecap:round}",
            ".gw-seatmap .x{stroke:\(markStroke)}",
            ".gw-seatmap .v{stroke:#fff}",
            ".gw-seatmap .taken{cursor:not-allowed}",
            ".gw-seatmap .taken .shape{fill:\(takenFill)}",
            ".gw-seatmap .taken .x{display:inline}",
            ".gw-seatmap .seat[aria-checked=\"true\"] .shape{fill:\(selectedFill)}",
            ".gw-seatmap .seat[aria-checked=\"true\"] .v{display:inline}",
            ".gw-seatmap .seat:focus .shape{stroke:#1d4ed8;stroke-width:4}",
            ".gw-seatmap .section-name{font-family:sans-serif;font-size:13px;font-weight:600;fill:#111827}",
        ]
        return "<style>" + rules.joined(separator: "\n") + "</style>"
    }
}
