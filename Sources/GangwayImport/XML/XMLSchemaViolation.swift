import Foundation
import GangwayCore

/// A schema error reported by libxml2, recognised from its English message so that it can be
/// told in Russian too. Messages of a form not recognised keep libxml2's text (``other``).
public enum XMLSchemaViolation: ProblemReason, Hashable {
    /// `<pier color="red">`: an attribute the schema does not know.
    case unknownAttribute(element: String, attribute: String)
    /// `<vessel id="x">` without `kind`.
    case missingAttribute(element: String, attribute: String)
    /// `<pier><foo/></pier>`: an element not allowed at this place; `expected` lists what would be.
    case unexpectedElement(element: String, expected: [String])
    /// `<deck id="main"/>`: a required child element is missing.
    case missingChild(element: String, expected: [String])
    /// `kind="boot"`: a value outside an enumeration.
    case valueNotAllowed(element: String, attribute: String?, value: String, allowed: [String])
    /// `tier="a b"`: a value that does not match the pattern of its type.
    case patternMismatch(element: String, attribute: String?, value: String, pattern: String)
    /// Any other value the schema's type refuses.
    case invalidValue(element: String, attribute: String?, value: String)
    /// Text inside an element that holds only child elements.
    case unexpectedText(element: String)
    /// Child elements inside an element that holds none, or only text.
    case childrenNotAllowed(element: String)
    /// A message of another form, as libxml2 wrote it.
    case other(String)

    /// Recognises libxml2's message (`Element 'pier', attribute 'color': The attribute …`).
    init(libxml2Message message: String) {
        self = Self.parse(message) ?? .other(message)
    }

    public func message(in language: OperatorLanguage) -> String {
        switch self {
        case .unknownAttribute(let element, let attribute):
            language.pick(
                "у элемента <\(element)> не может быть атрибута «\(attribute)»",
                "element <\(element)> does not take an attribute \"\(attribute)\""
            )
        case .missingAttribute(let element, let attribute):
            language.pick(
                "у элемента <\(element)> нет обязательного атрибута «\(attribute)»",
                "element <\(element)> lacks the required attribute \"\(attribute)\""
            )
        case .unexpectedElement(let element, let expected):
            language.pick(
                "элемент <\(element)> здесь не допускается" + Self.expectation(expected, "; ожидается: "),
                "element <\(element)> is not allowed here" + Self.expectation(expected, "; expected: ")
            )
        case .missingChild(let element, let expected):
            language.pick(
                "в элементе <\(element)> не хватает вложенного элемента" + Self.expectation(expected, ": "),
                "element <\(element)> lacks a child element" + Self.expectation(expected, ": ")
            )
        case .valueNotAllowed(let element, let attribute, let value, let allowed):
            language.pick(
                "недопустимое значение «\(value)» \(Self.place(element, attribute, .ru)); допустимо: "
                    + allowed.joined(separator: ", "),
                "value \"\(value)\" of \(Self.place(element, attribute, .en)) is not allowed; allowed: "
                    + allowed.joined(separator: ", ")
            )
        case .patternMismatch(let element, let attribute, let value, let pattern):
            language.pick(
                "значение «\(value)» \(Self.place(element, attribute, .ru)) не соответствует шаблону \(pattern)",
                "value \"\(value)\" of \(Self.place(element, attribute, .en)) does not match the pattern \(pattern)"
            )
        case .invalidValue(let element, let attribute, let value):
            language.pick(
                "недопустимое значение «\(value)» \(Self.place(element, attribute, .ru))",
                "value \"\(value)\" of \(Self.place(element, attribute, .en)) is not allowed"
            )
        case .unexpectedText(let element):
            language.pick(
                "в элементе <\(element)> могут быть только вложенные элементы, а не текст",
                "element <\(element)> may hold child elements only, not text"
            )
        case .childrenNotAllowed(let element):
            language.pick(
                "в элементе <\(element)> не может быть вложенных элементов",
                "element <\(element)> may not hold child elements"
            )
        case .other(let text):
            language.pick("нарушение XML-схемы: \(text)", "XML schema violation: \(text)")
        }
    }

    private static func expectation(_ names: [String], _ lead: String) -> String {
        names.isEmpty ? "" : lead + names.map { "<\($0)>" }.joined(separator: ", ")
    }

    private static func place(_ element: String, _ attribute: String?, _ language: OperatorLanguage) -> String {
        guard let attribute else {
            return language.pick("элемента <\(element)>", "element <\(element)>")
        }
        return language.pick(
            "атрибута «\(attribute)» элемента <\(element)>",
            "attribute \"\(attribute)\" of element <\(element)>"
        )
    }

    private static func parse(_ message: String) -> XMLSchemaViolation? {
        guard let head = message.wholeMatch(of: /(?s)Element '([^']+)'(?:, attribute '([^']+)')?: (.*)/) else {
            return nil
        }
        let element = String(head.1)
        let attribute = head.2.map(String.init)
        let rest = String(head.3)
        if let match = rest.wholeMatch(of: /The attribute '([^']+)' is not allowed\./) {
            return .unknownAttribute(element: element, attribute: String(match.1))
        }
        if let match = rest.wholeMatch(of: /The attribute '([^']+)' is required but missing\./) {
            return .missingAttribute(element: element, attribute: String(match.1))
        }
        if let match = rest.wholeMatch(of: /This element is not expected\.(?: Expected is(?: one of)? \( (.*) \)\.)?/) {
            return .unexpectedElement(element: element, expected: names(match.1))
        }
        if let match = rest.wholeMatch(of: /Missing child element\(s\)\.(?: Expected is(?: one of)? \( (.*) \)\.)?/) {
            return .missingChild(element: element, expected: names(match.1))
        }
        if let match = rest.wholeMatch(
            of: /(?s)\[facet 'enumeration'\] The value '(.*)' is not an element of the set \{(.*)\}\./
        ) {
            let allowed = match.2.split(separator: ", ").map { $0.trimmingQuotes() }
            return .valueNotAllowed(element: element, attribute: attribute, value: String(match.1), allowed: allowed)
        }
        if let match = rest.wholeMatch(
            of: /(?s)\[facet 'pattern'\] The value '(.*)' is not accepted by the pattern '(.*)'\./)
        {
            return .patternMismatch(
                element: element, attribute: attribute, value: String(match.1), pattern: String(match.2)
            )
        }
        if let match = rest.wholeMatch(of: /(?s)'(.*)' is not a valid value of the .*/) {
            return .invalidValue(element: element, attribute: attribute, value: String(match.1))
        }
        if let match = rest.wholeMatch(of: /(?s)The value '(.*)' does not match the fixed value constraint '.*'\./) {
            return .invalidValue(element: element, attribute: attribute, value: String(match.1))
        }
        if rest.hasPrefix("Character content other than whitespace is not allowed") {
            return .unexpectedText(element: element)
        }
        if rest.hasPrefix("Element content is not allowed") {
            return .childrenNotAllowed(element: element)
        }
        return nil
    }

    private static func names(_ list: Substring?) -> [String] {
        guard let list else { return [] }
        return list.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }
}

extension Substring {
    fileprivate func trimmingQuotes() -> String {
        var text = self
        if text.hasPrefix("'") { text = text.dropFirst() }
        if text.hasSuffix("'") { text = text.dropLast() }
        return String(text)
    }
}
