import Foundation

/// What can be wrong with a message catalogue. Every case names the file (or source) and, where
/// there is one, the key; `description` is one line a person can act on.
public enum I18nError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The catalogue file could not be read (missing, unreadable).
    case unreadableFile(path: String, reason: String)
    /// The file is not valid JSON.
    case invalidJSON(path: String, reason: String)
    /// The JSON is valid but its top level is not an object of keys.
    case notAnObject(path: String)
    /// A value is neither a string nor an object of plural forms to strings.
    case wrongType(path: String, key: String)
    /// A message (or one of its plural forms) is an empty string.
    case emptyMessage(path: String, key: String)
    /// A plural message names a form that is not a CLDR category (`"fwe"`).
    case unknownPluralCategory(path: String, key: String, category: String)
    /// A plural message lacks forms its language needs (Russian `few`, `many`).
    case missingPluralForms(path: String, key: String, language: Language, forms: [PluralCategory])
    /// A plural message has forms its language never uses (English `few`).
    case unusedPluralForms(path: String, key: String, language: Language, forms: [PluralCategory])
    /// A key the site uses as a plural message is a plain string in the catalogue.
    case expectedPlural(path: String, key: String)
    /// A key the site uses as a plain message is a plural object in the catalogue.
    case expectedText(path: String, key: String)
    /// Keys the site needs are absent from the catalogue.
    case missingKeys(path: String, keys: [String])

    public var description: String {
        switch self {
        case .unreadableFile(let path, let reason):
            "\(path): cannot read the message catalogue: \(reason)"
        case .invalidJSON(let path, let reason):
            "\(path): not valid JSON: \(reason)"
        case .notAnObject(let path):
            "\(path): a message catalogue must be a JSON object of keys to messages"
        case .wrongType(let path, let key):
            "\(path): \"\(key)\" must be a string or an object of plural forms to strings"
        case .emptyMessage(let path, let key):
            "\(path): \"\(key)\" is empty"
        case .unknownPluralCategory(let path, let key, let category):
            "\(path): \"\(key)\" has the form \"\(category)\", which is not a plural category "
                + "(zero, one, two, few, many, other)"
        case .missingPluralForms(let path, let key, let language, let forms):
            "\(path): \"\(key)\" lacks the plural forms \(Self.list(forms)) that \(language.rawValue) needs"
        case .unusedPluralForms(let path, let key, let language, let forms):
            "\(path): \"\(key)\" has the plural forms \(Self.list(forms)) that \(language.rawValue) never uses"
        case .expectedPlural(let path, let key):
            "\(path): \"\(key)\" must be a plural object (one, few, many, other…), not a string"
        case .expectedText(let path, let key):
            "\(path): \"\(key)\" must be a string, not a plural object"
        case .missingKeys(let path, let keys):
            "\(path): \(keys.count) missing \(keys.count == 1 ? "key" : "keys"): \(keys.joined(separator: ", "))"
        }
    }

    private static func list(_ forms: [PluralCategory]) -> String {
        forms.map(\.rawValue).joined(separator: ", ")
    }
}
