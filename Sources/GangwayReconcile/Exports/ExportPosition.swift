/// Where in an export file something is, for evidence and error messages.
public enum ExportPosition: Sendable, Hashable, CustomStringConvertible {
    /// A 1-based physical line of a CSV file (a record's first line when a quoted field spans lines).
    case line(Int)
    /// A 1-based worksheet row of an XLSX file (Excel's row number).
    case row(Int)
    /// A 1-based operation index across all pages of a ЮMoney history file.
    case operation(Int)

    /// The number alone, as ``ExportRow/location`` carries it.
    public var number: Int {
        switch self {
        case .line(let number), .row(let number), .operation(let number): return number
        }
    }

    public var description: String {
        switch self {
        case .line(let number): return "line \(number)"
        case .row(let number): return "row \(number)"
        case .operation(let number): return "operation \(number)"
        }
    }
}
