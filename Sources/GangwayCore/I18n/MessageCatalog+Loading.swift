import Foundation

extension MessageCatalog {
    /// The catalogue file of `language` in `directory`: `<directory>/<lang>.json`.
    public static func file(in directory: URL, language: Language) -> URL {
        directory.appendingPathComponent("\(language.rawValue).json", isDirectory: false)
    }

    /// Reads `<directory>/<lang>.json` and checks it completely: well-formed (see
    /// ``init(language:data:source:)``), every key of ``allKeys`` present, each key of
    /// ``pluralKeys`` a plural message and every other key of ``allKeys`` a plain one.
    /// Keys beyond ``allKeys`` are accepted (the catalogue tests reject them).
    public static func load(directory: URL, language: Language) throws -> MessageCatalog {
        let url = file(in: directory, language: language)
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch let error as CocoaError where error.code == .fileReadNoSuchFile {
            throw I18nError.unreadableFile(path: url.path, reason: "the file does not exist")
        } catch {
            throw I18nError.unreadableFile(path: url.path, reason: "the file cannot be read")
        }
        let catalog = try MessageCatalog(language: language, data: data, source: url.path)
        try catalog.validateSiteKeys()
        return catalog
    }

    /// Loads and checks the catalogues of every language in `directory`.
    public static func loadAll(directory: URL) throws -> [Language: MessageCatalog] {
        var catalogs: [Language: MessageCatalog] = [:]
        for language in Language.allCases { catalogs[language] = try load(directory: directory, language: language) }
        return catalogs
    }

    /// Parses a catalogue and checks its shape: a JSON object whose values are non-empty strings or
    /// objects of plural forms holding exactly the forms `language` uses, each a non-empty string.
    /// Does not check that the site's keys are present (``load(directory:language:)`` does).
    ///
    /// - Parameter source: names the catalogue in errors (a file path).
    public init(language: Language, data: Data, source: String) throws {
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: data)
        } catch {
            let detail = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String ?? "the data is not JSON"
            throw I18nError.invalidJSON(path: source, reason: Self.oneLine(detail))
        }
        guard let entries = object as? [String: Any] else { throw I18nError.notAnObject(path: source) }
        var messages: [String: Message] = [:]
        for (key, value) in entries.sorted(by: { $0.key < $1.key }) {
            messages[key] = try Self.message(value, key: key, language: language, source: source)
        }
        self.init(language: language, source: source, messages: messages)
    }

    /// Throws unless every key of ``allKeys`` is present with the right kind (plain or plural).
    func validateSiteKeys() throws {
        let missing = check(keys: Self.allKeys)
        if !missing.isEmpty { throw I18nError.missingKeys(path: source, keys: missing) }
        for key in Self.allKeys {
            let plural = Self.pluralKeys.contains(key)
            switch (messages[key], plural) {
            case (.text, true): throw I18nError.expectedPlural(path: source, key: key)
            case (.plural, false): throw I18nError.expectedText(path: source, key: key)
            default: continue
            }
        }
    }

    private static func message(_ value: Any, key: String, language: Language, source: String) throws -> Message {
        if let text = value as? String {
            guard !text.isEmpty else { throw I18nError.emptyMessage(path: source, key: key) }
            return .text(MessageTemplate(parsing: text))
        }
        guard let object = value as? [String: Any], !object.isEmpty else {
            throw I18nError.wrongType(path: source, key: key)
        }
        var forms: [PluralCategory: MessageTemplate] = [:]
        for name in object.keys.sorted() {
            guard let category = PluralCategory(rawValue: name) else {
                throw I18nError.unknownPluralCategory(path: source, key: key, category: name)
            }
            guard let text = object[name] as? String else { throw I18nError.wrongType(path: source, key: key) }
            guard !text.isEmpty else { throw I18nError.emptyMessage(path: source, key: key) }
            forms[category] = MessageTemplate(parsing: text)
        }
        let needed = PluralRules.categories(for: language)
        let missing = needed.filter { forms[$0] == nil }
        if !missing.isEmpty {
            throw I18nError.missingPluralForms(path: source, key: key, language: language, forms: missing)
        }
        let unused = PluralCategory.allCases.filter { forms[$0] != nil && !needed.contains($0) }
        if !unused.isEmpty {
            throw I18nError.unusedPluralForms(path: source, key: key, language: language, forms: unused)
        }
        return .plural(forms)
    }

    private static func oneLine(_ text: String) -> String {
        text.split(whereSeparator: \.isNewline).joined(separator: " ")
    }
}
