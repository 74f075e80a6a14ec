/// Why ``ExportReader`` refused a file. Each case has a one-line ``description`` an operator can act
/// on; positions are lines of a CSV file, rows of an XLSX worksheet or operations of a JSON history.
///
/// Rows may already have been delivered when the error is thrown (a footer is checked last): the
/// caller reads inside a transaction and rolls it back.
public enum ExportError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file has no bytes, or nothing but whitespace.
    case emptyFile
    /// The file could not be opened or read to the end.
    case cannotRead(reason: String)
    /// Neither a ЮKassa registry (no title line, no header with a payment or refund id column) nor a
    /// ЮMoney history; `detail` says what was seen.
    case unrecognisedContent(detail: String)
    /// The header (at `header`) lacks a column every row needs.
    case missingColumn(name: String, header: ExportPosition)
    /// A required value is empty.
    case missingValue(ExportPosition, column: String)
    /// An amount is not roubles with at most two decimals.
    case badAmount(ExportPosition, column: String, value: String)
    /// A count in a footer is not a whole number.
    case badNumber(ExportPosition, column: String, value: String)
    /// A time is not `dd.MM.yyyy HH:mm[:ss]` (registries) or RFC 3339 (ЮMoney).
    case badDate(ExportPosition, column: String, value: String)
    /// A currency is not a three-letter or three-digit code (or `руб`).
    case badCurrency(ExportPosition, column: String, value: String)
    /// The footer's total differs from the sum of the rows.
    case footerTotalMismatch(stated: Int64, computed: Int64, footer: ExportPosition)
    /// The footer's count differs from the number of rows.
    case footerCountMismatch(stated: Int, computed: Int, footer: ExportPosition)
    /// A row follows the totals footer.
    case rowAfterFooter(ExportPosition)
    /// A quoted CSV field is still open at the end of the file; the position is where it starts.
    case unterminatedQuote(ExportPosition)
    /// A UTF-8 registry holds bytes that are not UTF-8.
    case invalidText(ExportPosition)
    /// A CSV record is longer than the reader accepts (a stray quote usually).
    case recordTooLong(ExportPosition, limit: Int)
    /// The zip archive or the workbook inside it cannot be read.
    case brokenXLSX(reason: String)
    /// The JSON cannot be parsed, or is not the `operation-history` response shape.
    case malformedJSON(reason: String, line: Int)

    public var description: String {
        switch self {
        case .emptyFile:
            return "the file is empty"
        case .cannotRead(let reason):
            return "the file cannot be read: \(reason)"
        case .unrecognisedContent(let detail):
            return "not a ЮKassa registry or a ЮMoney history: \(detail)"
        case .missingColumn(let name, let header):
            return "the header on \(header) has no column «\(name)», which every row needs"
        case .missingValue(let position, let column):
            return "\(position): «\(column)» is empty"
        case .badAmount(let position, let column, let value):
            return "\(position), «\(column)»: “\(value)” is not an amount in roubles with at most two decimals"
        case .badNumber(let position, let column, let value):
            return "\(position), «\(column)»: “\(value)” is not a whole number"
        case .badDate(let position, let column, let value):
            return "\(position), «\(column)»: “\(value)” is not a date and time"
        case .badCurrency(let position, let column, let value):
            return "\(position), «\(column)»: “\(value)” is not a currency code"
        case .footerTotalMismatch(let stated, let computed, let footer):
            return "truncated or edited: the footer on \(footer) states a total of \(Kopecks.text(stated)), "
                + "the rows add up to \(Kopecks.text(computed))"
        case .footerCountMismatch(let stated, let computed, let footer):
            return "truncated or edited: the footer on \(footer) states \(stated) rows, the file has \(computed)"
        case .rowAfterFooter(let position):
            return "\(position): a row after the totals footer; the file was edited or joined from two"
        case .unterminatedQuote(let position):
            return "\(position): a quoted field is never closed (truncated file or stray quote)"
        case .invalidText(let position):
            return "\(position): bytes that are not UTF-8 in a file read as UTF-8"
        case .recordTooLong(let position, let limit):
            return "\(position): a record longer than \(limit / (1 << 20)) MiB (stray quote?)"
        case .brokenXLSX(let reason):
            return "broken XLSX file: \(reason)"
        case .malformedJSON(let reason, let line):
            return "malformed JSON on line \(line): \(reason)"
        }
    }
}
