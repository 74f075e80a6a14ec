import Foundation
import GangwayCore

/// Reads one export file that finance dropped for reconciliation, whatever it is: a ЮKassa payment or
/// refund registry (CSV or XLSX, Russian or English) or saved ЮMoney wallet history (JSON).
///
/// The kind is told by content, never by name: a zip signature (`PK\u{3}\u{4}`) means XLSX, a leading
/// `{` or `[` (after a byte order mark and whitespace) means JSON, anything else is read as a text
/// registry and recognised by its title line or header row. Rows go to the caller one by one as they
/// are read; CSV is streamed in 1 MiB chunks and never held whole. See docs/reconciliation-inputs.md.
public enum ExportReader {
    /// Reads `url`, handing every payment and refund to `row` in file order, and returns what the file
    /// says about itself. Throws ``ExportError`` for a file that cannot be trusted (and whatever `row`
    /// throws); rows already delivered then stand for nothing, so read inside a transaction.
    /// `sha256`: the file's hash when the caller took it already (the summary then carries it and
    /// the bytes are not hashed a second time).
    public static func read(_ url: URL, sha256: String? = nil, row: (ExportRow) throws -> Void) throws
        -> ExportSummary
    {
        try read(url, chunkSize: ChunkedFile.defaultChunkSize, sha256: sha256, row: row)
    }

    /// The same, with a chosen chunk size (tests use tiny ones to cut records at every byte).
    static func read(_ url: URL, chunkSize: Int, sha256 known: String? = nil, row: (ExportRow) throws -> Void) throws
        -> ExportSummary
    {
        var file = try ChunkedFile(url: url, chunkSize: chunkSize, knownSHA256: known)
        defer { file.close() }
        var head: [UInt8] = []
        var format: ExportFormat?
        while true {
            if let detected = detect(head, atEnd: false) {
                format = detected
                break
            }
            if head.count > ChunkedFile.defaultChunkSize {
                // A megabyte of nothing but whitespace: let the registry reader say what it is not.
                format = .csv
                break
            }
            guard let chunk = try file.next() else {
                format = detect(head, atEnd: true)
                break
            }
            head.append(contentsOf: chunk)
        }
        guard let format else { throw ExportError.emptyFile }
        switch format {
        case .xlsx:
            let sha256 = try file.finishHash()
            let interpreter = try XLSXRegistryReader.read(url, deliver: row)
            return summary(of: interpreter, format: .xlsx, encoding: .notApplicable, sha256: sha256)
        case .json:
            while let chunk = try file.next() {
                head.append(contentsOf: chunk)
                guard head.count <= WalletHistoryReader.maxBytes else {
                    throw ExportError.cannotRead(
                        reason:
                            "a JSON history larger than \(WalletHistoryReader.maxBytes >> 20) MiB; save fewer pages per file"
                    )
                }
            }
            let sha256 = try file.finishHash()
            return try WalletHistoryReader.read(head, sha256: sha256, deliver: row)
        case .csv:
            let (interpreter, encoding) = try CSVRegistryReader.read(&file, head: head, deliver: row)
            let sha256 = try file.finishHash()
            return summary(of: interpreter, format: .csv, encoding: encoding, sha256: sha256)
        }
    }

    /// The format `head` shows, or nil when more bytes are needed (or, at the end, when the file holds
    /// nothing but whitespace).
    static func detect(_ head: [UInt8], atEnd: Bool) -> ExportFormat? {
        if head.count >= 4 || atEnd, head.starts(with: [0x50, 0x4B, 0x03, 0x04]) { return .xlsx }
        if head.count < 4, !atEnd { return nil }
        var index = head.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        while index < head.count,
            head[index] == 0x20 || head[index] == 0x09 || head[index] == 0x0A
                || head[index] == 0x0D
        {
            index += 1
        }
        guard index < head.count else { return nil }
        switch head[index] {
        case UInt8(ascii: "{"), UInt8(ascii: "["): return .json
        default: return .csv
        }
    }

    private static func summary(
        of interpreter: RegistryInterpreter, format: ExportFormat, encoding: ExportEncoding, sha256: String
    ) -> ExportSummary {
        ExportSummary(
            kind: interpreter.kind ?? .yookassaPayments, format: format, encoding: encoding,
            statedDay: interpreter.statedDay, earliest: interpreter.earliest, latest: interpreter.latest,
            footerTotal: interpreter.footerTotal, footerCount: interpreter.footerCount, totals: interpreter.totals,
            sha256: sha256)
    }
}
