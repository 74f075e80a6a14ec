import Foundation

/// Parses the stage-two text of a page template (what ``SiteTemplates`` leaves after filling in
/// the `[[name]]` tags) into ``PageTemplateSyntax``.
///
/// The Mustache subset the site's templates use, with Mustache's whitespace rules: variables
/// (`{{name}}`, `{{{name}}}`, `{{&name}}`, dotted names, `{{.}}`), sections and inverted sections,
/// partials, a parent with blocks (`{{<layout}}{{$content}}…{{/content}}{{/layout}}`) and
/// comments. A line holding nothing but one section, inverted-section, closing, partial, parent,
/// block or comment tag (and spaces or tabs) is *standalone*: the whole line, its line break
/// included, leaves no output. Not supported, and refused with the line: changing the
/// delimiters, and an indented standalone partial (Mustache would indent every line of the
/// partial). The pragma of the first stage (`{{% …}}`) is accepted and ignored.
struct PageTemplateParser {
    private enum Kind: Equatable {
        case variable, unescaped, section, inverted, close, partial, parent, block, comment, pragma

        /// Kinds that make a line standalone when alone on it.
        var mayStandAlone: Bool { self != .variable && self != .unescaped }
    }

    private enum Token {
        case text([UInt8])
        case tag(Kind, name: String, line: Int)
    }

    let template: String
    private var tokens: [Token] = []
    private var position = 0

    /// Parses `text`; `template` names it in errors.
    static func parse(_ text: String, template: String) throws -> [PageTemplateSyntax] {
        var parser = PageTemplateParser(template: template)
        parser.tokens = try parser.removingStandaloneLines(parser.lex(Array(text.utf8)))
        let nodes = try parser.nodes(closing: nil)
        return nodes
    }

    private init(template: String) {
        self.template = template
    }

    // MARK: Lexing

    /// Text (split after every line break, so that each line's tokens can be judged alone) and tags.
    private func lex(_ bytes: [UInt8]) throws -> [Token] {
        var tokens: [Token] = []
        var line = 1
        var start = 0
        var index = 0
        func flushText(upTo end: Int) {
            var from = start
            var cursor = start
            while cursor < end {
                if bytes[cursor] == UInt8(ascii: "\n") {
                    tokens.append(.text(Array(bytes[from...cursor])))
                    from = cursor + 1
                }
                cursor += 1
            }
            if from < end { tokens.append(.text(Array(bytes[from..<end]))) }
        }
        while index + 1 < bytes.count {
            guard bytes[index] == UInt8(ascii: "{"), bytes[index + 1] == UInt8(ascii: "{") else {
                index += 1
                continue
            }
            flushText(upTo: index)
            line += bytes[start..<index].count { $0 == UInt8(ascii: "\n") }
            let triple = index + 2 < bytes.count && bytes[index + 2] == UInt8(ascii: "{")
            let contentStart = index + (triple ? 3 : 2)
            let closing: [UInt8] = triple ? Array("}}}".utf8) : Array("}}".utf8)
            guard let contentEnd = Self.find(closing, in: bytes, from: contentStart) else {
                throw PageTemplateError(template, line: line, "a tag opened with {{ is never closed")
            }
            let content = String(decoding: bytes[contentStart..<contentEnd], as: UTF8.self)
            tokens.append(try tag(content, triple: triple, line: line))
            line += content.utf8.count { $0 == UInt8(ascii: "\n") }
            index = contentEnd + closing.count
            start = index
        }
        flushText(upTo: bytes.count)
        return tokens
    }

    private static func find(_ needle: [UInt8], in bytes: [UInt8], from: Int) -> Int? {
        var index = from
        while index + needle.count <= bytes.count {
            if bytes[index..<index + needle.count].elementsEqual(needle) { return index }
            index += 1
        }
        return nil
    }

    private func tag(_ content: String, triple: Bool, line: Int) throws -> Token {
        if triple { return .tag(.unescaped, name: try name(content, line: line), line: line) }
        let trimmed = content.trimmingCharacters(in: .whitespaces)
        guard let sigil = trimmed.first else {
            throw PageTemplateError(template, line: line, "an empty tag {{}}")
        }
        let rest = String(trimmed.dropFirst())
        let kind: Kind
        switch sigil {
        case "#": kind = .section
        case "^": kind = .inverted
        case "/": kind = .close
        case ">": kind = .partial
        case "<": kind = .parent
        case "$": kind = .block
        case "&": kind = .unescaped
        case "!": return .tag(.comment, name: "", line: line)
        case "%": return .tag(.pragma, name: "", line: line)
        case "=":
            throw PageTemplateError(template, line: line, "changing the delimiters ({{=…=}}) is not supported here")
        default: return .tag(.variable, name: try name(trimmed, line: line), line: line)
        }
        return .tag(kind, name: try name(rest, line: line), line: line)
    }

    private func name(_ raw: String, line: Int) throws -> String {
        let name = raw.trimmingCharacters(in: .whitespaces)
        guard !name.isEmpty, !name.contains(where: { $0.isWhitespace || $0 == "{" || $0 == "}" }) else {
            throw PageTemplateError(template, line: line, "a tag with no usable name: {{\(raw)}}")
        }
        return name
    }

    // MARK: Standalone lines

    /// Drops the text of every line that holds only one tag of a kind that may stand alone.
    private func removingStandaloneLines(_ tokens: [Token]) throws -> [Token] {
        var result: [Token] = []
        result.reserveCapacity(tokens.count)
        var lineStart = 0
        while lineStart < tokens.count {
            var lineEnd = lineStart
            while lineEnd < tokens.count {
                if case .text(let bytes) = tokens[lineEnd], bytes.last == UInt8(ascii: "\n") { break }
                lineEnd += 1
            }
            let line = tokens[lineStart..<min(lineEnd + 1, tokens.count)]
            var tags: [(Kind, Int)] = []
            var blank = true
            var indented = false
            for token in line {
                switch token {
                case .tag(let kind, _, let number): tags.append((kind, number))
                case .text(let bytes):
                    blank = blank && bytes.allSatisfy(Self.isLineSpace)
                    if tags.isEmpty && !bytes.isEmpty && bytes.first != UInt8(ascii: "\n") { indented = true }
                }
            }
            if blank, tags.count == 1, tags[0].0.mayStandAlone {
                if tags[0].0 == .partial && indented {
                    throw PageTemplateError(
                        template, line: tags[0].1, "an indented partial on a line of its own is not supported")
                }
                result.append(contentsOf: line.filter { if case .tag = $0 { true } else { false } })
            } else {
                result.append(contentsOf: line)
            }
            lineStart = lineEnd + 1
        }
        return result
    }

    private static func isLineSpace(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\r")
            || byte == UInt8(ascii: "\n")
    }

    // MARK: Tree

    /// The nodes up to the tag closing `closing` (consumed), or to the end when `nil`.
    private mutating func nodes(closing: (name: String, line: Int)?) throws -> [PageTemplateSyntax] {
        var nodes: [PageTemplateSyntax] = []
        func appendText(_ bytes: [UInt8]) {
            if case .text(let previous)? = nodes.last {
                nodes[nodes.count - 1] = .text(previous + bytes)
            } else if !bytes.isEmpty {
                nodes.append(.text(bytes))
            }
        }
        while position < tokens.count {
            let token = tokens[position]
            position += 1
            guard case .tag(let kind, let name, let line) = token else {
                if case .text(let bytes) = token { appendText(bytes) }
                continue
            }
            switch kind {
            case .variable: nodes.append(.variable(name: name, escaped: true))
            case .unescaped: nodes.append(.variable(name: name, escaped: false))
            case .comment, .pragma: break
            case .partial: nodes.append(.partial(name: name))
            case .section, .inverted:
                let body = try self.nodes(closing: (name, line))
                nodes.append(.section(name: name, inverted: kind == .inverted, body: body))
            case .block:
                nodes.append(.block(name: name, defaultBody: try self.nodes(closing: (name, line))))
            case .parent:
                var blocks: [String: [PageTemplateSyntax]] = [:]
                for node in try self.nodes(closing: (name, line)) {
                    switch node {
                    case .block(let block, let body): blocks[block] = body
                    case .text: break
                    default:
                        throw PageTemplateError(
                            template, line: line, "only blocks ({{$name}}…) may be inside {{<\(name)}}")
                    }
                }
                nodes.append(.parent(name: name, blocks: blocks))
            case .close:
                guard let closing, closing.name == name else {
                    throw PageTemplateError(template, line: line, "{{/\(name)}} closes nothing that is open")
                }
                return nodes
            }
        }
        if let closing {
            throw PageTemplateError(
                template, line: closing.line, "the section or block \(closing.name) opened here is never closed")
        }
        return nodes
    }
}
