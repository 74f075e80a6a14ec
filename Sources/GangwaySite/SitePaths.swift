import GangwayCore

/// Where each page of the storefront lives. URLs are built from ids only (ids are letters,
/// digits, `-` and `_`, so they need no escaping), under one prefix per language.
public enum SitePaths {
    /// `/ru/`, `/en/`, `/zh/`.
    public static func home(_ language: Language) -> String { "/\(language.rawValue)/" }

    public static func product(_ id: String, _ language: Language) -> String {
        "/\(language.rawValue)/products/\(id)/"
    }

    public static func sailing(_ id: String, _ language: Language) -> String {
        "/\(language.rawValue)/sailings/\(id)/"
    }

    public static func pier(_ id: String, _ language: Language) -> String { "/\(language.rawValue)/piers/\(id)/" }

    public static func vessel(_ id: String, _ language: Language) -> String {
        "/\(language.rawValue)/vessels/\(id)/"
    }

    /// The catalogue page of one service day (`/ru/days/2027-06-14/`).
    public static func day(_ date: LocalDate, _ language: Language) -> String {
        "/\(language.rawValue)/days/\(date)/"
    }

    /// The list of service days (`/ru/days/`).
    public static func days(_ language: Language) -> String { "/\(language.rawValue)/days/" }

    public static func piers(_ language: Language) -> String { "/\(language.rawValue)/piers/" }

    public static func charters(_ language: Language) -> String { "/\(language.rawValue)/charters/" }

    /// A policy page (`refunds`, `privacy`).
    public static func policy(_ name: String, _ language: Language) -> String {
        "/\(language.rawValue)/policies/\(name)/"
    }

    /// The not-found page of a language (`/ru/404.html`).
    public static func notFound(_ language: Language) -> String { "/\(language.rawValue)/404.html" }

    /// The order page: `/ru/order/?code=…&token=…` (the query is read by its script).
    public static func order(_ language: Language) -> String { "/\(language.rawValue)/order/" }

    /// The file a page path is written to, relative to the output folder (`ru/index.html`).
    public static func file(for path: String) -> String {
        let trimmed = path.hasPrefix("/") ? String(path.dropFirst()) : path
        return trimmed.isEmpty || trimmed.hasSuffix("/") ? trimmed + "index.html" : trimmed
    }
}
