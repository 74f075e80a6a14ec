import Foundation
import GangwayCore
import Testing

@testable import GangwaySite

#if canImport(FoundationXML)
    import FoundationXML
#endif

struct SeatMapRendererTests {
    static let hostileName = "</text><script>alert(1)</script>"
    static let hostileCategory = "\"><img src=x onerror=alert(1)>"

    static let labels = SeatMapLabels(
        mapName: "Схема мест", keyboardHint: "Стрелки — к соседнему месту, Enter или пробел — выбрать",
        legendName: "Категории и цены", selectedLegend: "Выбрано", takenLegend: "Занято",
        accessibleLegend: "Место для маломобильных", notForSale: "не продаётся", accessibleSuffix: "доступная среда",
        takenSuffix: "занято", announceSelected: "Выбрано: {seat}", announceDeselected: "Снято: {seat}",
        announceTaken: "Место занято: {seat}")

    static let categories = [
        SeatMapCategory(id: "standard", name: "Стандарт", priceText: "1 500 ₽"),
        SeatMapCategory(id: "vip", name: "VIP", priceText: "2 500 ₽"),
        SeatMapCategory(id: hostileCategory, name: hostileName, priceText: "<b>900</b> ₽"),
    ]

    /// Salon A (two rows of three, coordinates 20 apart, seat 1-1 accessible), a standing open
    /// deck, and an upper-deck section whose name and category are hostile.
    static func layout(scale: Double = 1) -> SeatLayout {
        var salon: [LayoutSeat] = []
        for row in 1...2 {
            for seat in 1...3 {
                salon.append(
                    LayoutSeat(
                        row: String(row), seat: String(seat), x: Double(10 + 20 * (seat - 1)) * scale,
                        y: Double(20 * row) * scale, category: row == 1 ? "vip" : "standard",
                        accessible: row == 1 && seat == 1))
            }
        }
        return SeatLayout(
            id: "meteor-120",
            sections: [
                LayoutSection(
                    id: "salon-a", deck: "main", name: LocalizedText(ru: "Салон А", en: "Cabin A"), kind: .seated,
                    seats: salon),
                LayoutSection(
                    id: "open-deck", deck: "main", name: LocalizedText(ru: "Открытая палуба"), kind: .standing,
                    category: "deck", capacity: 40),
                LayoutSection(
                    id: "upper", deck: "upper", name: LocalizedText(ru: hostileName), kind: .seated,
                    seats: [
                        LayoutSeat(row: "A", seat: "1", x: 10 * scale, y: 20 * scale, category: hostileCategory),
                        LayoutSeat(row: "A", seat: "2", x: 30 * scale, y: 20 * scale, category: hostileCategory),
                    ]),
            ])
    }

    static func render(
        _ layout: SeatLayout = layout(), language: Language = .ru, taken: Set<String> = ["salon-a|1|2"]
    ) -> RenderedSeatMap {
        SeatMapRenderer(language: language, labels: labels).render(
            layout, categories: categories, isFree: { !taken.contains($0.id) },
            label: { row, seat, category, price in "Ряд \(row), место \(seat), \(category), \(price)" })
    }

    @Test func svgIsWellFormedXML() throws {
        let svg = try #require(Self.render().svg)
        let document = try SVGDocument(svg)
        #expect(document.elements.first?.name == "svg")
        #expect(document.elements.first?.attributes["xmlns"] == "http://www.w3.org/2000/svg")
    }

    @Test func everySeatIsALabelledFocusableCheckbox() throws {
        let seats = try seatElements(Self.render())
        #expect(seats.count == 8)
        for seat in seats {
            #expect(seat.attributes["role"] == "checkbox")
            #expect(["0", "-1"].contains(seat.attributes["tabindex"]))
            #expect(seat.attributes["aria-checked"] == "false")
            #expect(seat.attributes["aria-label"]?.hasPrefix("Ряд ") == true)
            #expect(seat.attributes["data-seat"] != nil)
            #expect(position(of: seat) != nil)
            // Lean markup: the label is the accessible name; no tooltip or data the script does not read.
            #expect(seat.title == nil)
            #expect(seat.attributes.keys.filter { $0.hasPrefix("data-") } == ["data-seat"])
        }
        let salon = try #require(seats.first { $0.attributes["data-seat"] == "salon-a|1|3" })
        #expect(salon.attributes["aria-label"] == "Ряд 1, место 3, VIP, 2 500 ₽")
        let accessible = try #require(seats.first { $0.attributes["data-seat"] == "salon-a|1|1" })
        #expect(accessible.attributes["aria-label"] == "Ряд 1, место 1, VIP, 2 500 ₽, доступная среда")
        #expect(accessible.classes.contains("accessible"))
        #expect(accessible.classes.contains("cat-vip"))
    }

    @Test func exactlyOneSeatIsInTheTabOrderAndItIsTheFirstFreeOne() throws {
        let seats = try seatElements(Self.render(taken: ["salon-a|1|1", "salon-a|1|2"]))
        let focusable = seats.filter { $0.attributes["tabindex"] == "0" }
        #expect(focusable.count == 1)
        #expect(focusable.first?.attributes["data-seat"] == "salon-a|1|3")
    }

    @Test func aMapWithNoFreeSeatIsStillReachable() throws {
        let all = Set(
            Self.layout().sections.flatMap { section in section.seats.map { "\(section.id)|\($0.row)|\($0.seat)" } })
        let rendered = Self.render(taken: all)
        let seats = try seatElements(rendered)
        #expect(seats.filter { $0.attributes["tabindex"] == "0" }.map { $0.attributes["data-seat"] } == ["salon-a|1|1"])
        #expect(seats.allSatisfy { $0.attributes["aria-disabled"] == "true" })
        #expect(rendered.freeSeatCount == 0)
    }

    @Test func takenSeatsAreDisabledButStayInTheMap() throws {
        let rendered = Self.render()
        let seats = try seatElements(rendered)
        let taken = try #require(seats.first { $0.attributes["data-seat"] == "salon-a|1|2" })
        #expect(taken.attributes["aria-disabled"] == "true")
        #expect(taken.classes.contains("taken"))
        let free = seats.filter { $0.attributes["aria-disabled"] == nil }
        #expect(free.allSatisfy { !$0.classes.contains("taken") })
        #expect(taken.marks == ["x"])
        #expect(free.allSatisfy { $0.marks.isEmpty })
        let svg = try SVGDocument(try #require(rendered.svg))
        let templates = svg.elements.filter { $0.name == "path" && $0.insideDefs }.flatMap(\.classes)
        #expect(templates == ["x", "v"])
        #expect(rendered.seatCount == 8)
        #expect(rendered.freeSeatCount == 7)
    }

    @Test func aSeatOfACategoryNotSoldIsUnavailable() throws {
        let layout = SeatLayout(
            id: "l",
            sections: [
                LayoutSection(
                    id: "s", deck: nil, name: LocalizedText(ru: "Салон"), kind: .seated,
                    seats: [
                        LayoutSeat(row: "1", seat: "1", x: 0, y: 0, category: "VIP"),
                        LayoutSeat(row: "1", seat: "2", x: 1, y: 0, category: "crew"),
                    ])
            ])
        let rendered = SeatMapRenderer(language: .ru, labels: Self.labels).render(
            layout, categories: [SeatMapCategory(id: "vip", name: "VIP", priceText: nil)], isFree: { _ in true },
            label: { row, seat, category, price in "\(row)/\(seat) \(category) \(price)" })
        let seats = try seatElements(rendered)
        #expect(seats.map { $0.attributes["aria-disabled"] } == ["true", "true"])
        #expect(seats.map { $0.attributes["aria-label"] } == ["1/1 VIP не продаётся", "1/2 crew не продаётся"])
        #expect(rendered.legendHTML?.contains("<span class=\"legend-name\">crew</span>") == true)
    }

    @Test func hostileSectionNameAndCategoryAreEscapedEverywhere() throws {
        let rendered = Self.render()
        let svg = try #require(rendered.svg)
        let legend = try #require(rendered.legendHTML)
        for output in [svg, legend] {
            #expect(!output.contains("<script"))
            #expect(!output.contains("<img"))
            #expect(!output.contains("</text><"))
            #expect(!output.contains("<b>"))
        }
        let document = try SVGDocument(svg)
        #expect(!document.elements.contains { ["script", "img", "b"].contains($0.name) })
        let section = try #require(document.elements.first { $0.attributes["data-section"] == "upper" })
        #expect(section.attributes["aria-label"] == Self.hostileName)
        #expect(document.elements.contains { $0.name == "text" && $0.text == Self.hostileName })
        let seat = try #require(document.elements.first { $0.attributes["data-seat"] == "upper|A|1" })
        #expect(seat.attributes["aria-label"] == "Ряд A, место 1, \(Self.hostileName), <b>900</b> ₽")
        let tokenCharacters = Set("abcdefghijklmnopqrstuvwxyz0123456789-_")
        #expect(seat.classes.allSatisfy { $0.allSatisfy(tokenCharacters.contains) })

        let legendDocument = try SVGDocument("<div>\(legend)</div>")
        #expect(legendDocument.elements.contains { $0.name == "span" && $0.text == Self.hostileName })
        #expect(legendDocument.elements.contains { $0.name == "span" && $0.text == "<b>900</b> ₽" })
    }

    @Test func aPreparedMapRendersEachSailingLikeAFreshRender() {
        let renderer = SeatMapRenderer(language: .ru, labels: Self.labels)
        let label: (String, String, String, String) -> String = { row, seat, category, price in
            "Ряд \(row), место \(seat), \(category), \(price)"
        }
        let prepared = renderer.prepare(Self.layout(), categories: Self.categories, label: label)
        #expect(prepared.seats.first?.id == "salon-a|1|1")
        #expect(prepared.seats.last?.id == "upper|A|2")
        for taken: Set<String> in [[], ["salon-a|1|2"], Set(prepared.seats.map(\.id))] {
            #expect(prepared.render(isFree: { !taken.contains($0.id) }) == Self.render(taken: taken))
            #expect(prepared.render(takenSeatIDs: taken) == Self.render(taken: taken))
        }
        #expect(prepared.render(takenSeatIDs: ["no-such|9|9"]) == Self.render(taken: []))
    }

    @Test func outputIsDeterministic() {
        let first = Self.render()
        for _ in 0..<5 { #expect(Self.render() == first) }
    }

    @Test func standingSectionsAreReturnedNotDrawn() throws {
        let rendered = Self.render()
        #expect(
            rendered.standing == [
                StandingArea(id: "open-deck", deck: "main", name: "Открытая палуба", category: "deck", capacity: 40)
            ])
        let svg = try #require(rendered.svg)
        #expect(!svg.contains("open-deck"))
        #expect(!svg.contains("Открытая палуба"))
    }

    @Test func aStandingOnlyLayoutHasNoMap() {
        let layout = SeatLayout(
            id: "ga",
            sections: [
                LayoutSection(
                    id: "general", deck: nil, name: LocalizedText(ru: "Общий зал", en: "Main hall"), kind: .standing,
                    category: "general", capacity: 80)
            ])
        let rendered = Self.render(layout, language: .en)
        #expect(rendered.svg == nil)
        #expect(rendered.legendHTML == nil)
        #expect(rendered.standing.map(\.name) == ["Main hall"])
        #expect(rendered.seatCount == 0)
    }

    @Test func namesFollowTheLanguageAndFallBackToRussian() throws {
        let document = try SVGDocument(try #require(Self.render(language: .en).svg))
        let names = document.elements.filter { $0.name == "text" }.map(\.text)
        #expect(names == ["Cabin A", Self.hostileName])
        let zh = try SVGDocument(try #require(Self.render(language: .zh).svg))
        #expect(zh.elements.filter { $0.name == "text" }.map(\.text) == ["Салон А", Self.hostileName])
    }

    @Test func viewBoxHoldsEverySeatAndDecksDoNotOverlap() throws {
        let document = try SVGDocument(try #require(Self.render().svg))
        let viewBox = try #require(document.elements.first?.attributes["viewBox"]).split(separator: " ")
        let width = try #require(Double(viewBox[2]))
        let height = try #require(Double(viewBox[3]))
        let seats = document.elements.filter { $0.attributes["role"] == "checkbox" }
        for seat in seats {
            let (x, y) = try #require(position(of: seat))
            #expect(x - SeatMapGeometry.seatHalf >= 0 && x + SeatMapGeometry.seatHalf <= width)
            #expect(y - SeatMapGeometry.seatHalf >= 0 && y + SeatMapGeometry.seatHalf <= height)
        }
        let mainBottom =
            seats.filter { $0.attributes["data-seat"]?.hasPrefix("salon-a|") == true }
            .compactMap { position(of: $0)?.y }.max() ?? 0
        let upperTop =
            seats.filter { $0.attributes["data-seat"]?.hasPrefix("upper|") == true }
            .compactMap { position(of: $0)?.y }.min() ?? 0
        #expect(upperTop - mainBottom >= SeatMapGeometry.pitch)
    }

    @Test func coordinateUnitsDoNotChangeTheDrawing() {
        #expect(Self.render(Self.layout(scale: 1)).svg == Self.render(Self.layout(scale: 37.5)).svg)
    }

    @Test func legendListsCategoriesWithPricesAndStates() throws {
        let legend = try #require(Self.render().legendHTML)
        let document = try SVGDocument("<div>\(legend)</div>")
        let names = document.elements.filter { $0.classes.contains("legend-name") }.map(\.text)
        #expect(names == ["Стандарт", "VIP", Self.hostileName, "Выбрано", "Занято", "Место для маломобильных"])
        let prices = document.elements.filter { $0.classes.contains("legend-price") }.map(\.text)
        #expect(prices == ["1 500 ₽", "2 500 ₽", "<b>900</b> ₽"])
        #expect(document.elements.filter { $0.name == "svg" }.allSatisfy { $0.attributes["aria-hidden"] == "true" })
        #expect(document.elements.contains { $0.name == "p" && $0.text == Self.labels.keyboardHint })
        #expect(document.elements.contains { $0.name == "p" && $0.text == Self.labels.legendName })
    }

    @Test func seatsAreColouredByCategoryInLegendOrder() throws {
        let seats = try seatElements(Self.render())
        let tones = Dictionary(
            seats.map {
                ($0.classes.first { $0.hasPrefix("cat-") } ?? "", $0.classes.first { $0.hasPrefix("tone-") } ?? "")
            },
            uniquingKeysWith: { first, _ in first })
        #expect(tones.count == 3)
        #expect(tones["cat-standard"] == "tone-0")
        #expect(tones["cat-vip"] == "tone-1")
        #expect(tones.filter { !["cat-standard", "cat-vip"].contains($0.key) }.values.first == "tone-2")
    }

    @Test(arguments: [(10.0, "10"), (12.5, "12.5"), (12.05, "12.05"), (-0.25, "-0.25"), (0.004, "0"), (.nan, "0")])
    func numbersAreWrittenTheSameEverywhere(_ value: Double, _ expected: String) {
        #expect(SVGNumber.format(value) == expected)
    }

    @Test func nonFiniteCoordinatesDoNotTrap() throws {
        let layout = SeatLayout(
            id: "odd",
            sections: [
                LayoutSection(
                    id: "s", deck: nil, name: LocalizedText(ru: "S"), kind: .seated,
                    seats: [
                        LayoutSeat(row: "1", seat: "1", x: .infinity, y: .nan, category: "vip"),
                        LayoutSeat(row: "1", seat: "2", x: 1e300, y: -1e300, category: "vip"),
                        LayoutSeat(row: "1", seat: "3", x: 5, y: 5, category: "vip"),
                        LayoutSeat(row: "1", seat: "4", x: 5, y: 5, category: "vip"),
                    ])
            ])
        _ = try SVGDocument(try #require(Self.render(layout).svg))
    }

    private func seatElements(_ rendered: RenderedSeatMap) throws -> [SVGDocument.Element] {
        let document = try SVGDocument(try #require(rendered.svg))
        return document.elements.filter { $0.attributes["data-seat"] != nil }
    }
}

/// A flat list of a document's elements (document order), each with its attributes, its own
/// text, and the text of a `<title>` child: enough to check generated SVG and HTML fragments.
private struct SVGDocument {
    struct Element {
        var name: String
        var attributes: [String: String]
        var text = ""
        var title: String?
        /// Classes of the `path` children (state marks).
        var marks: [String] = []
        var insideDefs = false
        var classes: [String] { (attributes["class"] ?? "").split(separator: " ").map(String.init) }
    }

    struct NotWellFormed: Error, CustomStringConvertible {
        var description: String
    }

    var elements: [Element]

    init(_ markup: String) throws {
        let collector = Collector()
        let parser = XMLParser(data: Data(markup.utf8))
        parser.delegate = collector
        guard parser.parse() else {
            throw NotWellFormed(description: parser.parserError.map { "\($0)" } ?? "not well-formed")
        }
        elements = collector.elements
    }

    private final class Collector: NSObject, XMLParserDelegate {
        var elements: [Element] = []
        var open: [Int] = []

        func parser(
            _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
            attributes: [String: String]
        ) {
            if elementName == "path", let parent = open.last {
                elements[parent].marks += (attributes["class"] ?? "").split(separator: " ").map(String.init)
            }
            var element = Element(name: elementName, attributes: attributes)
            element.insideDefs = open.contains { elements[$0].name == "defs" }
            open.append(elements.count)
            elements.append(element)
        }

        func parser(
            _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?
        ) {
            guard let index = open.popLast() else { return }
            if elementName == "title", let parent = open.last { elements[parent].title = elements[index].text }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            if let index = open.last { elements[index].text += string }
        }
    }
}

/// A seat's centre, read from its `transform="translate(x y)"` as the page script reads it.
private func position(of seat: SVGDocument.Element) -> (x: Double, y: Double)? {
    guard let transform = seat.attributes["transform"], transform.hasPrefix("translate("), transform.hasSuffix(")")
    else { return nil }
    let numbers = transform.dropFirst("translate(".count).dropLast().split(separator: " ").compactMap { Double($0) }
    return numbers.count == 2 ? (numbers[0], numbers[1]) : nil
}
