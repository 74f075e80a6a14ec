import Foundation

/// One configuration key: its dotted name, how its environment variable is read, how a value is
/// checked and stored into ``Configuration``, and how the current value is shown.
///
/// Keys are made with the typed builders below (``path(_:_:isDirectory:)``, ``integer(_:_:in:)``,
/// …) and listed in `Configuration.keys`; nothing else needs to know a key's name.
struct ConfigurationKey: Sendable {
    /// How the text of an environment variable becomes a ``ConfigValue`` for this key.
    enum Kind: Sendable {
        /// Taken as is.
        case string
        /// Trimmed, then read like a TOML integer.
        case integer
        /// Comma-separated, each element trimmed; empty text is an empty array.
        case stringArray
    }

    /// Why a value was refused, without the key or its source (the loader adds both).
    struct Rejection: Error {
        var message: String
    }

    typealias Apply = @Sendable (ConfigValue, _ base: URL, inout Configuration) throws(Rejection) -> Void

    /// The dotted name, as in the file: `database.path`.
    let name: String
    let kind: Kind
    /// Checks a value and stores it; `base` is the directory relative paths resolve against.
    let apply: Apply
    /// The current value in file syntax (paths absolute, time zones by identifier).
    let render: @Sendable (Configuration) -> ConfigValue

    /// `GANGWAY_` + the name upper-cased with `.` → `_`: `GANGWAY_DATABASE_PATH`.
    var environmentVariable: String {
        "GANGWAY_" + name.uppercased().replacingOccurrences(of: ".", with: "_")
    }

    /// The table the key lives in: `database` for `database.path`.
    var table: String {
        guard let dot = name.lastIndex(of: ".") else { return "" }
        return String(name[..<dot])
    }

    /// The environment's text as a value of this key's kind. Text that is not an integer stays a
    /// string, so the key's check reports it as such.
    func value(fromEnvironment text: String) -> ConfigValue {
        switch kind {
        case .string:
            return .string(text)
        case .integer:
            let trimmed = text.trimmingCharacters(in: .whitespaces)
            if case .success(let number) = TOMLScanner.parseInteger(trimmed) { return .integer(number) }
            return .string(text)
        case .stringArray:
            let trimmed = text.trimmingCharacters(in: .whitespaces)
            guard !trimmed.isEmpty else { return .array([]) }
            return .array(
                trimmed.split(separator: ",", omittingEmptySubsequences: false).map {
                    .string($0.trimmingCharacters(in: .whitespaces))
                }
            )
        }
    }
}

// MARK: - Builders

extension ConfigurationKey {
    /// A file or directory path; relative paths resolve against the directory of the file that set
    /// them, or the working directory for the environment and the defaults.
    static func path(
        _ name: String, _ keyPath: WritableKeyPath<Configuration, URL> & Sendable, isDirectory: Bool
    ) -> ConfigurationKey {
        ConfigurationKey(
            name: name, kind: .string,
            apply: { value, base, configuration throws(Rejection) in
                let text = try string(value)
                guard !text.isEmpty else { throw Rejection(message: "the path must not be empty") }
                guard !text.contains("\0") else { throw Rejection(message: "the path contains a NUL character") }
                guard !text.hasPrefix("~") else {
                    throw Rejection(message: "\(value): ~ is not expanded here; write the full path")
                }
                configuration[keyPath: keyPath] = Configuration.resolvePath(
                    text, against: base, isDirectory: isDirectory)
            },
            render: { .string($0[keyPath: keyPath].path) }
        )
    }

    /// An `http://` or `https://` origin (scheme, host, optional port), stored without a trailing
    /// slash; with `optional`, an empty string means "not configured".
    static func origin(
        _ name: String, _ keyPath: WritableKeyPath<Configuration, String> & Sendable, optional: Bool
    ) -> ConfigurationKey {
        ConfigurationKey(
            name: name, kind: .string,
            apply: { value, _, configuration throws(Rejection) in
                var text = try string(value).trimmingCharacters(in: .whitespaces)
                while text.hasSuffix("/") { text.removeLast() }
                if text.isEmpty && optional {
                    configuration[keyPath: keyPath] = ""
                    return
                }
                guard let url = URL(string: text), let scheme = url.scheme?.lowercased(),
                    scheme == "http" || scheme == "https", url.host != nil, url.path.isEmpty, url.query == nil
                else {
                    throw Rejection(
                        message: "expected an origin like \"https://tickets.example.ru\", got \(shown(value))")
                }
                configuration[keyPath: keyPath] = text
            },
            render: { .string($0[keyPath: keyPath]) }
        )
    }

    /// An integer within `range`.
    static func integer(
        _ name: String, _ keyPath: WritableKeyPath<Configuration, Int> & Sendable, in range: ClosedRange<Int>
    ) -> ConfigurationKey {
        ConfigurationKey(
            name: name, kind: .integer,
            apply: { value, _, configuration throws(Rejection) in
                guard case .integer(let number) = value else {
                    throw Rejection(message: "expected an integer, got \(shown(value))")
                }
                guard range.contains(number) else {
                    let bounds =
                        range.upperBound == Int.max
                        ? "\(range.lowerBound) or more" : "between \(range.lowerBound) and \(range.upperBound)"
                    throw Rejection(message: "must be \(bounds), got \(number)")
                }
                configuration[keyPath: keyPath] = number
            },
            render: { .integer($0[keyPath: keyPath]) }
        )
    }

    /// An IANA time zone name such as `Europe/Moscow`, as `TimeZone(identifier:)` knows them.
    static func timeZone(
        _ name: String, _ keyPath: WritableKeyPath<Configuration, TimeZone> & Sendable
    ) -> ConfigurationKey {
        ConfigurationKey(
            name: name, kind: .string,
            apply: { value, _, configuration throws(Rejection) in
                let text = try string(value)
                guard !text.isEmpty, let zone = TimeZone(identifier: text) else {
                    throw Rejection(
                        message: "unknown time zone \(shown(value)); use an IANA name like \"Europe/Moscow\"")
                }
                configuration[keyPath: keyPath] = zone
            },
            render: { .string($0[keyPath: keyPath].identifier) }
        )
    }

    /// One of the raw values of `Value` (`"ru"`, `"en"` for ``OperatorLanguage``).
    static func choice<Value: RawRepresentable & CaseIterable & Sendable>(
        _ name: String, _ keyPath: WritableKeyPath<Configuration, Value> & Sendable
    ) -> ConfigurationKey where Value.RawValue == String {
        ConfigurationKey(
            name: name, kind: .string,
            apply: { value, _, configuration throws(Rejection) in
                let text = try string(value)
                guard let choice = Value(rawValue: text) else {
                    throw Rejection(
                        message: "expected one of \(listed(Value.allCases.map(\.rawValue))), got \(shown(value))")
                }
                configuration[keyPath: keyPath] = choice
            },
            render: { .string($0[keyPath: keyPath].rawValue) }
        )
    }

    /// A list of site languages without duplicates that includes Russian, the fallback language.
    static func languages(
        _ name: String, _ keyPath: WritableKeyPath<Configuration, [Language]> & Sendable
    ) -> ConfigurationKey {
        ConfigurationKey(
            name: name, kind: .stringArray,
            apply: { value, _, configuration throws(Rejection) in
                guard case .array(let elements) = value else {
                    throw Rejection(message: "expected an array of language codes, got \(shown(value))")
                }
                var languages: [Language] = []
                for element in elements {
                    let text = try string(element)
                    guard let language = Language(rawValue: text) else {
                        let known = listed(Language.allCases.map(\.rawValue))
                        throw Rejection(message: "unknown language \(shown(element)); expected \(known)")
                    }
                    guard !languages.contains(language) else {
                        throw Rejection(message: "\(shown(element)) is listed twice")
                    }
                    languages.append(language)
                }
                guard languages.contains(.ru) else {
                    throw Rejection(message: "must include \"ru\", the language every text falls back to")
                }
                configuration[keyPath: keyPath] = languages
            },
            render: { .array($0[keyPath: keyPath].map { .string($0.rawValue) }) }
        )
    }

    // MARK: Checks shared by the builders

    static func string(_ value: ConfigValue) throws(Rejection) -> String {
        guard case .string(let text) = value else {
            throw Rejection(message: "expected a string, got \(shown(value))")
        }
        return text
    }

    /// A value for a message, cut short when long.
    static func shown(_ value: ConfigValue) -> String {
        let text = value.description
        guard text.count > 80 else { return text }
        return String(text.prefix(77)) + "…"
    }

    private static func listed(_ names: [String]) -> String {
        names.map { "\"\($0)\"" }.joined(separator: ", ")
    }
}
