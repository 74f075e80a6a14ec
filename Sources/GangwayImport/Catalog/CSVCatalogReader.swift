import Foundation
import GangwayCore

/// Reads a CSV inbox file into ``RawRecord``s: detects its kind from the header, checks the
/// columns, and maps each data row by column name.
public enum CSVCatalogReader {
    /// The kind the header names, reading no further than the header (for ordering a run).
    public static func detectKind(url: URL, fileName: String) -> RecordKind? {
        guard let reader = try? CSVReader(url: url, fileName: fileName), let header = reader.header else { return nil }
        return CSVCatalogSchema.kind(ofHeader: Set(header.fields.map(normalizeColumn)))
    }

    public static func read(url: URL, fileName: String) -> CatalogReading {
        let reader: CSVReader
        do {
            reader = try CSVReader(url: url, fileName: fileName)
        } catch {
            return CatalogReading(
                format: .csv, kinds: [], records: [],
                problems: [.error(at: nil, FileProblem.unreadable(String(describing: error)))])
        }
        var problems: [ImportProblem] = []
        guard let header = reader.header else {
            problems.append(contentsOf: reader.problems)
            problems.append(.error(at: SourceLocation(file: fileName, line: 1), ValidationProblem.nothingToImport))
            return CatalogReading(format: .csv, kinds: [], records: [], problems: problems)
        }
        let columns = header.fields.map(normalizeColumn)
        let headerAt = { (column: Int?) in SourceLocation(file: fileName, line: header.line, column: column) }
        guard let kind = CSVCatalogSchema.kind(ofHeader: Set(columns)) else {
            problems.append(.error(at: headerAt(nil), ValidationProblem.unknownKind(columns: columns)))
            return CatalogReading(format: .csv, kinds: [], records: [], problems: problems)
        }
        var seen: [String: Int] = [:]
        for (index, column) in columns.enumerated() {
            if column.isEmpty { continue }
            if let first = seen[column] {
                problems.append(
                    .error(at: headerAt(index + 1), FileProblem.duplicateColumn(column, firstColumn: first)))
            } else {
                seen[column] = index + 1
            }
            if !CSVCatalogSchema.isKnown(column, in: kind) {
                problems.append(.warning(at: headerAt(index + 1), ValidationProblem.unknownColumn(column)))
            }
        }
        let missing = CSVCatalogSchema.required(kind).filter { seen[$0] == nil }
        for column in missing {
            problems.append(.error(at: headerAt(nil), ValidationProblem.missingColumn(column)))
        }

        var records: [RawRecord] = []
        while let row = reader.nextRow() {
            guard missing.isEmpty else { continue }
            var fields: [String: RawField] = [:]
            fields.reserveCapacity(columns.count)
            for (index, value) in row.fields.enumerated() where index < columns.count {
                let column = columns[index]
                guard !column.isEmpty, seen[column] == index + 1 else { continue }
                fields[column] = RawField(
                    value: value, location: SourceLocation(file: fileName, line: row.line, column: index + 1))
            }
            if row.fields.count > columns.count,
                row.fields[columns.count...].contains(where: { !$0.trimmingCharacters(in: .whitespaces).isEmpty })
            {
                problems.append(
                    .error(
                        at: SourceLocation(file: fileName, line: row.line, column: columns.count + 1),
                        FileProblem.extraCells(expected: columns.count, found: row.fields.count)))
            }
            records.append(
                RawRecord(kind: kind, location: SourceLocation(file: fileName, line: row.line), fields: fields))
        }
        problems.insert(contentsOf: reader.problems, at: 0)
        if records.isEmpty && missing.isEmpty {
            problems.append(.error(at: headerAt(nil), ValidationProblem.nothingToImport))
        }
        return CatalogReading(format: .csv, kinds: [kind], records: records, problems: problems)
    }

    /// Column names are case-insensitive and trimmed.
    static func normalizeColumn(_ name: String) -> String {
        name.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
    }
}
