import Foundation

/// A catalogue message parsed once into literal text and `{name}` placeholders, so rendering is
/// a single pass with no rescanning: an argument that itself contains `{count}` stays as it is.
///
/// A placeholder name is ASCII letters, digits, `_` and `.`. A `{` that does not open such a name
/// is literal text, and a placeholder with no argument stays visible (`{name}`), so a mistake shows
/// on the page instead of disappearing.
struct MessageTemplate: Sendable, Hashable {
    enum Segment: Sendable, Hashable {
        case literal(String)
        case placeholder(String)
    }

    let segments: [Segment]

    init(parsing text: String) {
        var segments: [Segment] = []
        let utf8 = text.utf8
        var literalStart = utf8.startIndex
        var index = utf8.startIndex
        while index < utf8.endIndex {
            guard utf8[index] == UInt8(ascii: "{") else {
                index = utf8.index(after: index)
                continue
            }
            let nameStart = utf8.index(after: index)
            var nameEnd = nameStart
            while nameEnd < utf8.endIndex, Self.isNameByte(utf8[nameEnd]) { nameEnd = utf8.index(after: nameEnd) }
            if nameEnd < utf8.endIndex, nameEnd > nameStart, utf8[nameEnd] == UInt8(ascii: "}") {
                if literalStart < index { segments.append(.literal(String(text[literalStart..<index]))) }
                segments.append(.placeholder(String(text[nameStart..<nameEnd])))
                index = utf8.index(after: nameEnd)
                literalStart = index
            } else {
                index = nameStart
            }
        }
        if literalStart < utf8.endIndex || segments.isEmpty {
            segments.append(.literal(String(text[literalStart..<utf8.endIndex])))
        }
        self.segments = segments
    }

    /// The names of the placeholders, in order of first appearance.
    var placeholders: [String] {
        var seen: Set<String> = []
        var names: [String] = []
        for case .placeholder(let name) in segments where seen.insert(name).inserted { names.append(name) }
        return names
    }

    /// The text with each placeholder replaced by its argument; unknown placeholders kept as `{name}`.
    func render(_ arguments: [String: String]) -> String {
        if segments.count == 1, case .literal(let text) = segments[0] { return text }
        var result = ""
        for segment in segments {
            switch segment {
            case .literal(let text):
                result += text
            case .placeholder(let name):
                if let value = arguments[name] {
                    result += value
                } else {
                    result += "{\(name)}"
                }
            }
        }
        return result
    }

    private static func isNameByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "_"), UInt8(ascii: "."):
            true
        default:
            false
        }
    }
}
