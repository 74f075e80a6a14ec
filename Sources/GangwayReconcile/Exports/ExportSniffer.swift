import Foundation

/// Tells, from a file's first 64 KiB, whether it is a payment export for `gangway reconcile`
/// rather than an operator file for `gangway import` — both are dropped into the same inbox, and
/// each command takes only its own. An XLSX workbook or a JSON document is an export (the import
/// reads neither); a text file is one when it carries a registry title, stated day or footer, or
/// a ЮKassa id column header. Whether the export is readable is for ``ExportReader`` to say.
public enum ExportSniffer {
    public static func isPaymentExport(_ url: URL) -> Bool {
        guard let handle = try? FileHandle(forReadingFrom: url) else { return false }
        defer { try? handle.close() }
        guard let data = try? handle.read(upToCount: 64 * 1_024), !data.isEmpty else { return false }
        let bytes = [UInt8](data)
        if bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) { return true }
        var start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        while start < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[start]) { start += 1 }
        if start < bytes.count, bytes[start] == UInt8(ascii: "{") || bytes[start] == UInt8(ascii: "[") { return true }
        let text =
            (String(validating: bytes[start...], as: UTF8.self)
            ?? String(data: Data(bytes[start...]), encoding: .windowsCP1251) ?? "").lowercased()
        let markers =
            RegistryLabels.registryKinds.flatMap {
                RegistryLabels.titles(of: $0) + RegistryLabels.day(of: $0) + RegistryLabels.count(of: $0)
            } + ["идентификатор платежа", "идентификатор возврата", "payment id", "refund id"]
        return markers.contains { text.contains($0) }
    }
}
