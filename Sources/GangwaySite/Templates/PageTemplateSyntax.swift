/// One piece of a parsed stage-two page template, before partials and the layout are resolved
/// (``PageTemplateParser`` makes them, ``PageTemplateLibrary`` resolves them).
indirect enum PageTemplateSyntax: Equatable, Sendable {
    /// Bytes copied as they are.
    case text([UInt8])
    /// `{{name}}` (escaped) or `{{{name}}}` / `{{&name}}` (as it is).
    case variable(name: String, escaped: Bool)
    /// `{{#name}}…{{/name}}`, or `{{^name}}…{{/name}}` when `inverted`.
    case section(name: String, inverted: Bool, body: [PageTemplateSyntax])
    /// `{{>name}}`: another template, rendered in place with the same context.
    case partial(name: String)
    /// `{{<name}}…{{/name}}`: the template `name`, with the blocks defined inside replacing its own.
    case parent(name: String, blocks: [String: [PageTemplateSyntax]])
    /// `{{$name}}…{{/name}}` outside a parent: a block, showing its own content unless replaced.
    case block(name: String, defaultBody: [PageTemplateSyntax])
}
