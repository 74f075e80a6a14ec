import Testing

@testable import GangwayTickets

struct QRCodeSVGTests {
    @Test func viewBoxAndSizeIncludeTheQuietZone() throws {
        let code = try QRCode(text: "HELLO WORLD")
        let svg = code.svg()
        #expect(svg.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"116\" height=\"116\""))
        #expect(svg.contains(" viewBox=\"0 0 29 29\" "))
        #expect(svg.contains("<rect width=\"29\" height=\"29\" fill=\"#fff\"/>"))
        #expect(svg.hasSuffix("</svg>"))

        let large = code.svg(moduleSize: 10, quietZone: 2)
        #expect(large.contains("width=\"250\" height=\"250\" viewBox=\"0 0 25 25\""))
        let bare = code.svg(moduleSize: 0, quietZone: -3)
        #expect(bare.contains("width=\"21\" height=\"21\" viewBox=\"0 0 21 21\""))
    }

    @Test func isCompactAndSelfContained() throws {
        let svg = try QRCode(text: "https://tickets.example.ru/ru/order/?code=GW-7K3M9Q").svg()
        #expect(svg.contains("shape-rendering=\"crispEdges\""))
        #expect(count(of: "<path", in: svg) == 1)
        #expect(count(of: "<rect", in: svg) == 1)
        #expect(count(of: "://", in: svg) == 1, "only the SVG namespace")
        #expect(!svg.contains("href"))
        #expect(!svg.contains("\n"))
    }

    @Test func titleIsEscaped() throws {
        let code = try QRCode(text: "GW-7K3M9Q")
        let svg = code.svg(title: "Tom & \"Jerry's\" <ticket>\u{7}")
        let escaped = "Tom &amp; &quot;Jerry&apos;s&quot; &lt;ticket&gt;"
        #expect(svg.contains("<title>\(escaped)</title>"))
        #expect(svg.contains("role=\"img\" aria-label=\"\(escaped)\""))
        #expect(!svg.contains("<ticket>"))
        #expect(!svg.contains("\u{7}"))
        #expect(count(of: "<", in: svg) == 6, "only svg, title, /title, rect, path and /svg")
    }

    @Test func withoutTitleHasAGenericLabel() throws {
        for svg in try [QRCode(text: "GW-7K3M9Q").svg(), QRCode(text: "GW-7K3M9Q").svg(title: "")] {
            #expect(!svg.contains("<title>"))
            #expect(svg.contains("role=\"img\" aria-label=\"QR code\""))
        }
    }

    @Test func escapingKeepsOtherText() {
        #expect(QRCode.escapedXML("Билет № 42 — 09:30\tA") == "Билет № 42 — 09:30\tA")
        #expect(QRCode.escapedXML("a&&b") == "a&amp;&amp;b")
    }

    /// Drawing the path back into modules gives exactly the code, with one rectangle per horizontal
    /// run of dark modules and no overlaps.
    @Test(arguments: [0, 4])
    func pathDrawsExactlyTheDarkModules(quietZone: Int) throws {
        let code = try QRCode(text: QRReferenceMatrices.ticketURLVersion7M.text)
        let svg = code.svg(quietZone: quietZone)
        let side = code.size + 2 * quietZone
        let data = try #require(pathData(in: svg))
        let rectangles = try #require(Self.rectangles(inPath: data))
        var filled = [Int](repeating: 0, count: side * side)
        for rectangle in rectangles {
            #expect(rectangle.height == 1 && rectangle.width > 0)
            for x in rectangle.x..<(rectangle.x + rectangle.width) {
                try #require((0..<side).contains(x) && (0..<side).contains(rectangle.y))
                filled[rectangle.y * side + x] += 1
            }
        }
        var runs = 0
        for y in 0..<side {
            for x in 0..<side {
                let dark = code.isDark(x: x - quietZone, y: y - quietZone)
                #expect(filled[y * side + x] == (dark ? 1 : 0), "module (\(x), \(y))")
                if dark && !code.isDark(x: x - quietZone - 1, y: y - quietZone) { runs += 1 }
            }
        }
        #expect(rectangles.count == runs, "horizontal runs are merged")
    }

    private func count(of needle: String, in text: String) -> Int {
        text.split(separator: needle, omittingEmptySubsequences: false).count - 1
    }

    private func pathData(in svg: String) -> Substring? {
        guard let start = svg.firstRange(of: " d=\"") else { return nil }
        let rest = svg[start.upperBound...]
        guard let end = rest.firstIndex(of: "\"") else { return nil }
        return rest[..<end]
    }

    struct Rectangle {
        var x: Int
        var y: Int
        var width: Int
        var height: Int
    }

    /// Reads paths made only of `M`/`m` moves and closed `h v h z` rectangles; `nil` for anything else.
    static func rectangles(inPath path: Substring) -> [Rectangle]? {
        var tokens: [(command: Character, numbers: [Int])] = []
        var number = ""
        for character in path {
            if character.isLetter {
                if let value = Int(number) { tokens[tokens.count - 1].numbers.append(value) }
                number = ""
                tokens.append((character, []))
            } else if character == " " {
                if let value = Int(number) { tokens[tokens.count - 1].numbers.append(value) }
                number = ""
            } else {
                number.append(character)
            }
        }
        if let value = Int(number) { tokens[tokens.count - 1].numbers.append(value) }

        var result: [Rectangle] = []
        var penX = 0
        var penY = 0
        var index = 0
        while index < tokens.count {
            guard index + 4 < tokens.count else { return nil }
            let move = tokens[index]
            let (h1, v, h2, close) = (tokens[index + 1], tokens[index + 2], tokens[index + 3], tokens[index + 4])
            guard move.numbers.count == 2, h1.command == "h", v.command == "v", h2.command == "h", close.command == "z",
                h1.numbers.count == 1, v.numbers.count == 1, h2.numbers == [-h1.numbers[0]]
            else { return nil }
            switch move.command {
            case "M": (penX, penY) = (move.numbers[0], move.numbers[1])
            case "m" where !result.isEmpty: (penX, penY) = (penX + move.numbers[0], penY + move.numbers[1])
            default: return nil
            }
            result.append(Rectangle(x: penX, y: penY, width: h1.numbers[0], height: v.numbers[0]))
            index += 5
        }
        return result
    }
}
