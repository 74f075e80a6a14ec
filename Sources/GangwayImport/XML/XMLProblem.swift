import GangwayCore

/// What the XML reader found wrong in an operator's document, in Russian and English.
public enum XMLProblem: ProblemReason, Hashable {
    /// The file is larger than ``XMLLimits/maxBytes``; it was not parsed.
    case tooLarge(bytes: Int, limit: Int)
    /// An empty file, or a `<gangway>` root with nothing in it.
    case nothingToImport
    /// A UTF-16 or UTF-32 byte order mark, NUL bytes, or a declared encoding other than UTF-8
    /// or Windows-1251. The associated value names what was found.
    case unsupportedEncoding(String)
    /// `<!DOCTYPE …>`: DTDs are refused, so no entity, external DTD or expansion is ever read.
    case doctypeNotAllowed
    /// `<!ENTITY …>`: entity declarations are refused.
    case entityDeclarationNotAllowed
    /// The document is not well-formed XML; libxml2's own words, in English.
    case notWellFormed(String)
    /// Elements are nested deeper than ``XMLLimits/maxDepth``.
    case tooDeep(limit: Int)
    /// The root element is not `<gangway>` (or is in a namespace).
    case wrongRootElement(String)
    /// `<gangway version="…">` other than "1", or no version at all (nil).
    case unsupportedVersion(String?)
    /// The document breaks the XML Schema.
    case schema(XMLSchemaViolation)
    /// Two translations in one language: `<name lang="ru">` twice.
    case duplicateTranslation(element: String, lang: String)
    /// Two `<price>` of a schedule with the same tier and category.
    case duplicatePrice(tier: String, category: String?)
    /// A `kind="standing"` section that holds rows.
    case rowsInStandingSection(section: String)
    /// A `kind="seated"` section without any seat.
    case seatedSectionWithoutSeats(section: String)
    /// More problems than ``XMLLimits/maxProblems``: the list stops here.
    case tooManyProblems(limit: Int)
    /// The bundled XML Schema is missing from the installation.
    case schemaUnavailable
    /// The XML Schema itself could not be compiled.
    case schemaNotCompiled(String)
    /// The XML library failed for a reason of its own (out of memory, …).
    case readerFailure(String)

    public func message(in language: OperatorLanguage) -> String {
        switch self {
        case .tooLarge(let bytes, let limit):
            language.pick(
                "файл слишком большой: \(bytes) байт, допустимо не больше \(limit)",
                "the file is too large: \(bytes) bytes, at most \(limit) are accepted"
            )
        case .nothingToImport:
            language.pick("нечего импортировать: документ пуст", "nothing to import: the document is empty")
        case .unsupportedEncoding(let found):
            language.pick(
                "неподдерживаемая кодировка (\(found)): сохраните файл в UTF-8",
                "unsupported encoding (\(found)): save the file as UTF-8"
            )
        case .doctypeNotAllowed:
            language.pick(
                "объявление DOCTYPE не допускается: уберите строку <!DOCTYPE …>",
                "a DOCTYPE is not allowed: remove the <!DOCTYPE …> declaration"
            )
        case .entityDeclarationNotAllowed:
            language.pick(
                "объявления сущностей <!ENTITY …> не допускаются",
                "entity declarations (<!ENTITY …>) are not allowed"
            )
        case .notWellFormed(let detail):
            language.pick("ошибка синтаксиса XML: \(detail)", "malformed XML: \(detail)")
        case .tooDeep(let limit):
            language.pick(
                "слишком глубокая вложенность элементов: допустимо не больше \(limit) уровней",
                "elements are nested too deep: at most \(limit) levels are accepted"
            )
        case .wrongRootElement(let name):
            language.pick(
                "корневой элемент должен быть <gangway version=\"1\">, а не <\(name)>",
                "the root element must be <gangway version=\"1\">, not <\(name)>"
            )
        case .unsupportedVersion(let version?):
            language.pick(
                "неподдерживаемая версия формата \"\(version)\": поддерживается версия \"1\"",
                "unsupported format version \"\(version)\": version \"1\" is supported"
            )
        case .unsupportedVersion(nil):
            language.pick(
                "не указана версия формата: нужно <gangway version=\"1\">",
                "the format version is missing: write <gangway version=\"1\">"
            )
        case .schema(let violation):
            violation.message(in: language)
        case .duplicateTranslation(let element, let lang):
            language.pick(
                "перевод <\(element) lang=\"\(lang)\"> указан дважды",
                "the translation <\(element) lang=\"\(lang)\"> is given twice"
            )
        case .duplicatePrice(let tier, let category):
            language.pick(
                "цена для тарифа «\(tier)»\(category.map { " и категории «\($0)»" } ?? "") указана дважды",
                "the price for tier \"\(tier)\"\(category.map { " and category \"\($0)\"" } ?? "") is given twice"
            )
        case .rowsInStandingSection(let section):
            language.pick(
                "в секции «\(section)» со стоячими местами (kind=\"standing\") не может быть рядов",
                "standing section \"\(section)\" (kind=\"standing\") may not hold rows"
            )
        case .seatedSectionWithoutSeats(let section):
            language.pick(
                "в секции «\(section)» с сидячими местами (kind=\"seated\") нет ни одного места",
                "seated section \"\(section)\" (kind=\"seated\") has no seats"
            )
        case .tooManyProblems(let limit):
            language.pick(
                "слишком много ошибок: показаны первые \(limit)",
                "too many problems: the first \(limit) are listed"
            )
        case .schemaUnavailable:
            language.pick(
                "не найдена XML-схема gangway-v1.xsd: установка Gangway неполна",
                "the XML Schema gangway-v1.xsd is missing: the Gangway installation is incomplete"
            )
        case .schemaNotCompiled(let detail):
            language.pick("XML-схема повреждена: \(detail)", "the XML Schema is broken: \(detail)")
        case .readerFailure(let detail):
            language.pick("не удалось прочитать XML: \(detail)", "could not read the XML: \(detail)")
        }
    }
}
