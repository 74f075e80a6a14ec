/// The page templates of one language, parsed and resolved once (partials inlined, each page's
/// blocks put into its layout), ready to render many pages.
struct PageTemplateLibrary: Sendable {
    private let templates: [String: PageTemplate]

    /// How deep partials and parents may nest before a template is taken to include itself.
    static let maximumDepth = 16

    /// Parses every stage-two text (name → text) and resolves each template against the others.
    /// Throws ``PageTemplateError`` for a template that does not parse, a partial or parent
    /// naming no template, or templates that include each other without end.
    init(texts: [String: String]) throws {
        var syntax: [String: [PageTemplateSyntax]] = [:]
        for (name, text) in texts {
            syntax[name] = try PageTemplateParser.parse(text, template: name)
        }
        var templates: [String: PageTemplate] = [:]
        for (name, nodes) in syntax {
            let resolver = Resolver(syntax: syntax, template: name)
            templates[name] = PageTemplate(name: name, nodes: try resolver.resolve(nodes, blocks: [:], depth: 0))
        }
        self.templates = templates
    }

    /// The template called `name`, if there is one.
    func template(_ name: String) -> PageTemplate? { templates[name] }

    /// Renders the template `name` with `context`; `nil` when there is no such template.
    func render(_ name: String, _ context: [String: Any]) -> [UInt8]? {
        templates[name]?.render(context)
    }

    private struct Resolver {
        let syntax: [String: [PageTemplateSyntax]]
        let template: String

        func resolve(
            _ nodes: [PageTemplateSyntax], blocks: [String: [PageTemplateSyntax]], depth: Int
        ) throws -> [PageTemplate.Node] {
            var resolved: [PageTemplate.Node] = []
            func append(_ more: [PageTemplate.Node]) {
                for node in more {
                    if case .text(let bytes) = node, case .text(let previous)? = resolved.last {
                        resolved[resolved.count - 1] = .text(previous + bytes)
                    } else {
                        resolved.append(node)
                    }
                }
            }
            for node in nodes {
                switch node {
                case .text(let bytes):
                    append([.text(bytes)])
                case .variable(let name, let escaped):
                    append([.value(path: Self.path(name), escaped: escaped)])
                case .section(let name, let inverted, let body):
                    let body = try resolve(body, blocks: blocks, depth: depth)
                    append([.section(path: Self.path(name), inverted: inverted, body: body)])
                case .partial(let name):
                    append(try include(name, blocks: [:], depth: depth))
                case .parent(let name, let own):
                    // The outermost definition of a block wins (a page's blocks over its layout's).
                    append(try include(name, blocks: own.merging(blocks) { _, outer in outer }, depth: depth))
                case .block(let name, let defaultBody):
                    append(try resolve(blocks[name] ?? defaultBody, blocks: blocks, depth: depth))
                }
            }
            return resolved
        }

        private func include(
            _ name: String, blocks: [String: [PageTemplateSyntax]], depth: Int
        ) throws -> [PageTemplate.Node] {
            guard let nodes = syntax[name] else {
                throw PageTemplateError(template, "it includes \(name), and there is no template \(name).mustache")
            }
            guard depth < PageTemplateLibrary.maximumDepth else {
                throw PageTemplateError(
                    template,
                    "partials and layouts nest more than \(PageTemplateLibrary.maximumDepth) deep at "
                        + "\(name) (does a template include itself?)")
            }
            return try resolve(nodes, blocks: blocks, depth: depth + 1)
        }

        private static func path(_ name: String) -> [String] {
            name == "." ? [] : name.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        }
    }
}
