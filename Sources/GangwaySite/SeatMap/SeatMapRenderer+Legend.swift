import Foundation
import GangwayCore

extension SeatMapRenderer {
    /// The legend: a title, one item per category drawn (swatch, name, price), then the seat
    /// states, then the keyboard hint. Swatches are tiny decorative SVGs with the map's own
    /// colours and shapes.
    func legendHTML(table: CategoryTable, anyAccessible: Bool) -> String {
        var html = "<div class=\"seatmap-legend\">\n"
        html += "<p class=\"seatmap-legend-title\">\(HTMLEscaping.text(labels.legendName))</p>\n<ul>\n"
        for entry in table.usedEntries {
            html += "<li class=\"legend-category cat-\(entry.token) tone-\(entry.tone % SeatMapStyle.palette.count)\">"
            html += swatch(SeatMapStyle.shape(accessible: false, fill: SeatMapStyle.colour(tone: entry.tone)))
            html += " <span class=\"legend-name\">\(HTMLEscaping.text(entry.name))</span>"
            html += " <span class=\"legend-price\">\(HTMLEscaping.text(entry.priceText ?? labels.notForSale))</span>"
            html += "</li>\n"
        }
        let selectedMark = SeatMapStyle.tickPath.replacingOccurrences(
            of: "class=\"v\"", with: "fill=\"none\" stroke=\"#fff\" stroke-width=\"2.5\" stroke-linecap=\"round\"")
        let takenMark = SeatMapStyle.crossPath.replacingOccurrences(
            of: "class=\"x\"",
            with: "fill=\"none\" stroke=\"\(SeatMapStyle.markStroke)\" stroke-width=\"2.5\" stroke-linecap=\"round\"")
        html += "<li class=\"legend-selected\">"
        html += swatch(SeatMapStyle.shape(accessible: false, fill: SeatMapStyle.selectedFill) + selectedMark)
        html += " <span class=\"legend-name\">\(HTMLEscaping.text(labels.selectedLegend))</span></li>\n"
        html += "<li class=\"legend-taken\">"
        html += swatch(SeatMapStyle.shape(accessible: false, fill: SeatMapStyle.takenFill) + takenMark)
        html += " <span class=\"legend-name\">\(HTMLEscaping.text(labels.takenLegend))</span></li>\n"
        if anyAccessible {
            html += "<li class=\"legend-accessible\">"
            html += swatch(SeatMapStyle.shape(accessible: true, fill: "#fff"))
            html += " <span class=\"legend-name\">\(HTMLEscaping.text(labels.accessibleLegend))</span></li>\n"
        }
        html += "</ul>\n"
        html += "<p class=\"seatmap-hint\">\(HTMLEscaping.text(labels.keyboardHint))</p>\n</div>\n"
        return html
    }

    private func swatch(_ content: String) -> String {
        "<svg class=\"swatch\" width=\"16\" height=\"16\" viewBox=\"-11 -11 22 22\" aria-hidden=\"true\">\(content)</svg>"
    }
}
