/// The file format an export was read from.
public enum ExportFormat: String, Sendable, Hashable, CaseIterable {
    /// `;`-separated text (RFC 4180 quoting).
    case csv
    /// An Office Open XML workbook (a zip archive); the first worksheet is read.
    case xlsx
    /// JSON, as the ЮMoney `operation-history` API returns it.
    case json
}
