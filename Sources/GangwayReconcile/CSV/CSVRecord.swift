import GangwayCore

/// One CSV record as ``RegistryCells``: field ranges over the reader's buffer, decoded only when asked.
struct CSVRecord: RegistryCells {
    let base: UnsafeBufferPointer<UInt8>
    let fields: [CSVField]
    let encoding: ExportEncoding
    /// The record's first physical line, for errors.
    let line: Int

    var count: Int { fields.count }
    var holdsExcelNumbers: Bool { false }

    func isBlank(_ index: Int) -> Bool {
        guard index < fields.count else { return true }
        let field = fields[index]
        var position = field.start
        while position < field.end {
            let byte = base[position]
            if byte != 0x20, byte != 0x09, byte != 0x22 { return false }
            position += 1
        }
        return true
    }

    func text(_ index: Int) throws -> String {
        guard index < fields.count else { return "" }
        let field = fields[index]
        if !field.isQuoted {
            return try decode(UnsafeBufferPointer(rebasing: base[field.start..<field.end]))
        }
        let bytes = unescaped(field)
        return try bytes.withUnsafeBufferPointer { try decode($0) }
    }

    func withUTF8<Result>(_ index: Int, _ body: (UnsafeBufferPointer<UInt8>) throws -> Result) throws -> Result {
        guard index < fields.count else { return try body(UnsafeBufferPointer(start: nil, count: 0)) }
        let field = fields[index]
        if !field.isQuoted {
            let bytes = UnsafeBufferPointer(rebasing: base[field.start..<field.end])
            if encoding != .windows1251 || !bytes.contains(where: { $0 >= 0x80 }) {
                return try body(bytes)
            }
        }
        var text = try self.text(index)
        return try text.withUTF8 { try body($0) }
    }

    /// A quoted field's bytes without its quotes, `""` read as `"`, and any text after the closing
    /// quote kept as it is.
    private func unescaped(_ field: CSVField) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(field.end - field.start)
        var position = field.start + 1
        while position < field.end {
            let byte = base[position]
            if byte == 0x22 {
                if position + 1 < field.end, base[position + 1] == 0x22 {
                    bytes.append(0x22)
                    position += 2
                    continue
                }
                position += 1
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: base[position..<field.end]))
                break
            }
            bytes.append(byte)
            position += 1
        }
        return bytes
    }

    private func decode(_ bytes: UnsafeBufferPointer<UInt8>) throws -> String {
        switch encoding {
        case .windows1251:
            return Windows1251.decode(bytes)
        case .utf8, .utf8BOM, .notApplicable:
            guard UTF8Validation.isValid(bytes) else { throw ExportError.invalidText(.line(line)) }
            return String(decoding: bytes, as: UTF8.self)
        }
    }
}
