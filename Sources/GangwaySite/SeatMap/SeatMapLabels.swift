import Foundation
import GangwayCore

/// The fixed texts of a seat map, already translated into the page's language by the caller.
///
/// The three `announce…` texts are read out by the page script's live region; `{seat}` in them
/// stands for the seat's label (when absent, the label is appended after a space).
public struct SeatMapLabels: Sendable, Hashable {
    /// The map's accessible name: "Схема мест".
    public var mapName: String
    /// How to use the map from a keyboard: "Стрелки — к соседнему месту, Enter или пробел — выбрать".
    public var keyboardHint: String
    /// The legend's title: "Категории и цены".
    public var legendName: String
    /// Legend entry for selected seats: "Выбрано".
    public var selectedLegend: String
    /// Legend entry for taken or unsold seats: "Занято".
    public var takenLegend: String
    /// Legend entry for seats for passengers with reduced mobility: "Место для маломобильных".
    public var accessibleLegend: String
    /// The legend's price for a category this sailing does not sell: "не продаётся".
    public var notForSale: String
    /// Appended to an accessible seat's label: "доступная среда".
    public var accessibleSuffix: String
    /// Appended to a taken seat's tooltip: "занято".
    public var takenSuffix: String
    /// "Выбрано: {seat}".
    public var announceSelected: String
    /// "Снято: {seat}".
    public var announceDeselected: String
    /// "Место занято: {seat}".
    public var announceTaken: String

    public init(
        mapName: String, keyboardHint: String, legendName: String, selectedLegend: String, takenLegend: String,
        accessibleLegend: String, notForSale: String, accessibleSuffix: String, takenSuffix: String,
        announceSelected: String, announceDeselected: String, announceTaken: String
    ) {
        self.mapName = mapName
        self.keyboardHint = keyboardHint
        self.legendName = legendName
        self.selectedLegend = selectedLegend
        self.takenLegend = takenLegend
        self.accessibleLegend = accessibleLegend
        self.notForSale = notForSale
        self.accessibleSuffix = accessibleSuffix
        self.takenSuffix = takenSuffix
        self.announceSelected = announceSelected
        self.announceDeselected = announceDeselected
        self.announceTaken = announceTaken
    }
}
