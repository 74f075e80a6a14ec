import GangwayCore

/// What the CSV reader finds wrong in a file's bytes, before any column is looked at. The reader
/// reports each one as an ``ImportProblem`` located at the physical line and, where it applies, the
/// 1-based field number.
public enum CSVProblem: ProblemReason, Equatable {
    /// A quoted field is still open at the end of the file; `startLine` is where it starts (also the
    /// problem's location), so the operator finds the stray quote.
    case unterminatedQuote(startLine: Int)
    /// A closing quote is followed by something other than the delimiter or a line end (`"abc"x`).
    /// The text is kept as best it can be: the field becomes `abcx`.
    case textAfterClosingQuote(delimiter: CSVDelimiter)
    /// A field is longer than the reader's limit, in bytes; the rest of it is dropped.
    case fieldTooLong(limit: Int)
    /// A record has more fields than the reader's limit; the extra fields are dropped.
    case tooManyFields(limit: Int)
    /// Reading stopped halfway: the system could not read the rest of the file.
    case readFailed(reason: String)
    /// Reading stopped halfway: the file's length changed after the first pass; something is still
    /// writing it.
    case changedWhileReading
    /// A warning: the file starts with a UTF-8 byte order mark, yet holds bytes that are not valid
    /// UTF-8 (the first of them on the problem's line), so the whole file is read as Windows-1251.
    case invalidUTF8AfterByteOrderMark

    /// Errors reject the file; ``invalidUTF8AfterByteOrderMark`` is only a warning.
    public var severity: ImportProblem.Severity {
        self == .invalidUTF8AfterByteOrderMark ? .warning : .error
    }

    public func message(in language: OperatorLanguage) -> String {
        switch self {
        case .unterminatedQuote(let startLine):
            return language.pick(
                "незакрытая кавычка: поле начинается в строке \(startLine) и не закрыто до конца файла",
                "unterminated quote: the field starts on line \(startLine) and is still open at the end of the file")
        case .textAfterClosingQuote(let delimiter):
            return language.pick(
                "после закрывающей кавычки ожидался разделитель \(delimiter.name(in: .ru)) или конец строки",
                "expected the delimiter \(delimiter.name(in: .en)) or the end of the line after a closing quote")
        case .fieldTooLong(let limit):
            return language.pick(
                "поле длиннее \(Self.size(limit, in: .ru)); остаток поля отброшен",
                "the field is longer than \(Self.size(limit, in: .en)); the rest of it is dropped")
        case .tooManyFields(let limit):
            return language.pick(
                "в записи больше \(limit) полей; лишние поля отброшены",
                "the record has more than \(limit) fields; the extra fields are dropped")
        case .readFailed(let reason):
            return language.pick(
                "файл не удалось дочитать (\(reason)); повторите импорт",
                "the file could not be read to the end (\(reason)); run the import again")
        case .changedWhileReading:
            return language.pick(
                "файл изменился во время чтения; повторите импорт, когда он будет записан полностью",
                "the file changed while it was being read; run the import again once it is complete")
        case .invalidUTF8AfterByteOrderMark:
            return language.pick(
                "файл начинается с метки UTF-8 (BOM), но в этой строке есть байты, недопустимые в UTF-8; "
                    + "весь файл прочитан как Windows-1251",
                "the file starts with a UTF-8 byte order mark, but this line holds bytes that are not valid "
                    + "UTF-8; the whole file is read as Windows-1251")
        }
    }

    /// A byte count in the largest binary unit that divides it: `1 МиБ`, `64 KiB`, `100 bytes`.
    private static func size(_ bytes: Int, in language: OperatorLanguage) -> String {
        if bytes > 0, bytes % (1 << 20) == 0 {
            return "\(bytes >> 20) " + language.pick("МиБ", "MiB")
        }
        if bytes > 0, bytes % (1 << 10) == 0 {
            return "\(bytes >> 10) " + language.pick("КиБ", "KiB")
        }
        return "\(bytes) " + language.pick("байт", "bytes")
    }
}
