extension QRCode {
    /// The code as a self-contained SVG image: a white square with the quiet zone and one black
    /// path in which each horizontal run of dark modules is a single rectangle.
    ///
    /// The `viewBox` counts in modules, quiet zone included, so a version 1 code with the default
    /// quiet zone has `viewBox="0 0 29 29"`; `width` and `height` are that times `moduleSize`, in
    /// pixels, and the image scales cleanly to any size. Edges are drawn with
    /// `shape-rendering="crispEdges"` so modules do not blur into each other.
    ///
    /// - Parameters:
    ///   - moduleSize: Pixels per module for the `width` and `height` attributes; at least 1.
    ///   - quietZone: The light margin in modules on every side; the standard asks for 4. Negative
    ///     values count as 0.
    ///   - title: What the code is for, such as "Ticket GW-7K3M9Q". It becomes the image's `<title>`
    ///     and `aria-label`, for screen readers; without it (or if it is empty) the label is "QR code".
    public func svg(moduleSize: Int = 4, quietZone: Int = 4, title: String? = nil) -> String {
        let margin = max(quietZone, 0)
        let side = size + 2 * margin
        let pixels = side * max(moduleSize, 1)
        let title = title.flatMap { $0.isEmpty ? nil : Self.escapedXML($0) }
        let label = title ?? "QR code"

        var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(pixels)\" height=\"\(pixels)\""
        svg += " viewBox=\"0 0 \(side) \(side)\" shape-rendering=\"crispEdges\" role=\"img\""
        svg += " aria-label=\"\(label)\">"
        if let title { svg += "<title>\(title)</title>" }
        svg += "<rect width=\"\(side)\" height=\"\(side)\" fill=\"#fff\"/>"
        svg += "<path fill=\"#000\" d=\"\(pathData(margin: margin))\"/>"
        svg += "</svg>"
        return svg
    }

    /// The path of all dark modules: one closed rectangle per horizontal run. After the first,
    /// each run starts with a relative move from where the previous one started (`z` returns the
    /// pen there), which keeps the numbers short. Built as ASCII bytes, which is much faster than
    /// interpolating strings.
    private func pathData(margin: Int) -> String {
        var path: [UInt8] = []
        path.reserveCapacity(size * size * 3)
        var penX = -margin
        var penY = -margin
        var first = true
        for y in 0..<size {
            var x = 0
            while x < size {
                guard isDark(x: x, y: y) else {
                    x += 1
                    continue
                }
                var length = 1
                while isDark(x: x + length, y: y) { length += 1 }
                path.append(first ? UInt8(ascii: "M") : UInt8(ascii: "m"))
                first = false
                Self.appendNumber(x - penX, to: &path)
                path.append(UInt8(ascii: " "))
                Self.appendNumber(y - penY, to: &path)
                path.append(UInt8(ascii: "h"))
                Self.appendNumber(length, to: &path)
                path.append(contentsOf: "v1h-".utf8)
                Self.appendNumber(length, to: &path)
                path.append(UInt8(ascii: "z"))
                penX = x
                penY = y
                x += length
            }
        }
        return String(decoding: path, as: UTF8.self)
    }

    /// Appends `number` in decimal, with a minus sign if it is negative.
    private static func appendNumber(_ number: Int, to bytes: inout [UInt8]) {
        if number < 0 { bytes.append(UInt8(ascii: "-")) }
        appendDigits(number.magnitude, to: &bytes)
    }

    /// Appends the decimal digits of `value`, most significant first.
    private static func appendDigits(_ value: UInt, to bytes: inout [UInt8]) {
        if value >= 10 { appendDigits(value / 10, to: &bytes) }
        bytes.append(UInt8(ascii: "0") + UInt8(value % 10))
    }

    /// `text` made safe for XML attribute values and element content: the five special characters
    /// become entities, and control characters that XML 1.0 forbids are dropped.
    static func escapedXML(_ text: String) -> String {
        var result = ""
        result.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&apos;"
            case "\t", "\n", "\r": result.unicodeScalars.append(scalar)
            case "\u{0}"..."\u{1F}", "\u{FFFE}", "\u{FFFF}": continue
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
