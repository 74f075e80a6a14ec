import GangwayCore

/// A stage-two page template with its partials and layout resolved, rendered straight into
/// bytes. Made by ``PageTemplateLibrary``.
///
/// Rendering follows Mustache as swift-mustache does it, for the values a site page's context
/// holds: a context is a `[String: Any]` (or `[String: String]`); a name is looked up in the
/// innermost context that has it, then dotted parts inside it; `{{.}}` is the current value.
/// `{{name}}` is escaped with ``HTMLEscaping/attribute(_:)`` (safe between tags and in a quoted
/// attribute), `{{{name}}}` is not. A section renders once for `true`, a string, a number or a
/// dictionary (pushed as the context), once per element for an array, and not at all for
/// `false`, an empty array or a missing name; an inverted section the opposite. The values of
/// swift-mustache's rendering are kept byte for byte (a test renders every template both ways):
/// the difference is speed, since this looks names up in dictionaries with a few casts to known
/// types where swift-mustache tries protocol conformances on every value, and appends into one
/// buffer where swift-mustache builds and copies a string per section.
struct PageTemplate: Sendable {
    indirect enum Node: Sendable {
        case text([UInt8])
        /// The name split on dots; empty for `.`.
        case value(path: [String], escaped: Bool)
        case section(path: [String], inverted: Bool, body: [Node])
    }

    let name: String
    let nodes: [Node]

    /// The page for `context`, as UTF-8 bytes.
    func render(_ context: [String: Any]) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(16_384)
        var stack: [Any] = [context]
        Self.write(nodes, &stack, &output)
        return output
    }

    private static func write(_ nodes: [Node], _ stack: inout [Any], _ output: inout [UInt8]) {
        for node in nodes {
            switch node {
            case .text(let bytes):
                output.append(contentsOf: bytes)
            case .value(let path, let escaped):
                guard let value = lookup(path, in: stack) else { continue }
                let text = Self.text(of: value)
                if escaped {
                    output.append(contentsOf: HTMLEscaping.attribute(text).utf8)
                } else {
                    output.append(contentsOf: text.utf8)
                }
            case .section(let path, let inverted, let body):
                let value = lookup(path, in: stack)
                if inverted {
                    if !isTruthy(value) { write(body, &stack, &output) }
                } else if let value {
                    renderSection(value, body, &stack, &output)
                }
            }
        }
    }

    private static func renderSection(_ value: Any, _ body: [Node], _ stack: inout [Any], _ output: inout [UInt8]) {
        switch value {
        case let flag as Bool:
            if flag { write(body, &stack, &output) }
        case let list as [[String: Any]]:
            for element in list { withPushed(element, body, &stack, &output) }
        case let list as [String]:
            for element in list { withPushed(element, body, &stack, &output) }
        case let list as [[String: String]]:
            for element in list { withPushed(element, body, &stack, &output) }
        case let list as [Any]:
            for element in list { withPushed(element, body, &stack, &output) }
        default:
            if let optional = value as? any OptionalValue {
                if let wrapped = optional.wrappedValue { renderSection(wrapped, body, &stack, &output) }
            } else {
                withPushed(value, body, &stack, &output)
            }
        }
    }

    private static func withPushed(_ value: Any, _ body: [Node], _ stack: inout [Any], _ output: inout [UInt8]) {
        stack.append(value)
        write(body, &stack, &output)
        stack.removeLast()
    }

    /// Whether a section would render (the opposite of when an inverted one does).
    private static func isTruthy(_ value: Any?) -> Bool {
        guard let value else { return false }
        switch value {
        case let flag as Bool: return flag
        case let list as [[String: Any]]: return !list.isEmpty
        case let list as [String]: return !list.isEmpty
        case let list as [[String: String]]: return !list.isEmpty
        case let list as [Any]: return !list.isEmpty
        default:
            if let optional = value as? any OptionalValue { return isTruthy(optional.wrappedValue) }
            return true
        }
    }

    private static func text(of value: Any) -> String {
        switch value {
        case let string as String: return string
        case let number as Int: return String(number)
        case let flag as Bool: return flag ? "true" : "false"
        default:
            if let optional = value as? any OptionalValue {
                return optional.wrappedValue.map(text(of:)) ?? ""
            }
            return String(describing: value)
        }
    }

    /// The value `path` names: its first part in the innermost context that has it, the rest
    /// inside that value. `nil` when missing.
    private static func lookup(_ path: [String], in stack: [Any]) -> Any? {
        guard let first = path.first else { return stack.last }
        for object in stack.reversed() {
            guard var value = child(first, of: object) else { continue }
            for part in path.dropFirst() {
                guard let next = child(part, of: value) else { return nil }
                value = next
            }
            return value
        }
        return nil
    }

    private static func child(_ name: String, of object: Any) -> Any? {
        if let dictionary = object as? [String: Any] { return dictionary[name] }
        if let dictionary = object as? [String: String] { return dictionary[name] }
        return nil
    }
}
