import Foundation

/// What the byte pre-scan learned about a document it let through.
struct XMLByteProfile: Sendable, Hashable {
    enum Encoding: Sendable, Hashable {
        case utf8
        case windows1251
    }

    var encoding: Encoding
}

/// A reason the pre-scan refused a document, and the line it stands on.
struct XMLPreScanFinding: Sendable, Hashable {
    var problem: XMLProblem
    var line: Int
}

/// Looks at a document's raw bytes before any XML parser does: refuses encodings the readers
/// do not take (UTF-16 and UTF-32, with or without a byte order mark, and any declared encoding
/// but UTF-8 and Windows-1251, which an ASCII-based scan could not see through), and any
/// `<!DOCTYPE` or `<!ENTITY`, so that XXE, entity expansion and external DTDs are refused
/// without a byte of them being interpreted.
enum XMLBytePreScan {
    static func scan(_ bytes: UnsafeRawBufferPointer) -> Result<XMLByteProfile, Refusal> {
        if let bom = unsupportedByteOrderMark(bytes) {
            return .failure(Refusal([XMLPreScanFinding(problem: .unsupportedEncoding(bom), line: 1)]))
        }
        let hasUTF8BOM = bytes.starts(with: [0xEF, 0xBB, 0xBF])
        let body = hasUTF8BOM ? 3 : 0
        if let base = bytes.baseAddress, memchr(base, 0, bytes.count) != nil {
            let finding = XMLPreScanFinding(problem: .unsupportedEncoding("UTF-16/UTF-32 (NUL bytes)"), line: 1)
            return .failure(Refusal([finding]))
        }
        if bytes[body...].allSatisfy(isXMLSpace) {
            return .failure(Refusal([XMLPreScanFinding(problem: .nothingToImport, line: 1)]))
        }
        var encoding = XMLByteProfile.Encoding.utf8
        if let declared = declaredEncoding(bytes, from: body) {
            switch (declared.lowercased(), hasUTF8BOM) {
            case ("utf-8", _), ("utf8", _), ("us-ascii", _), ("ascii", _):
                encoding = .utf8
            case ("windows-1251", false), ("cp1251", false), ("x-cp1251", false):
                encoding = .windows1251
            default:
                let found = hasUTF8BOM ? "UTF-8 BOM, encoding=\"\(declared)\"" : declared
                return .failure(Refusal([XMLPreScanFinding(problem: .unsupportedEncoding(found), line: 1)]))
            }
        }
        var findings: [XMLPreScanFinding] = []
        if let offset = firstMarkup("!DOCTYPE", in: bytes) {
            findings.append(XMLPreScanFinding(problem: .doctypeNotAllowed, line: line(of: offset, in: bytes)))
        }
        if let offset = firstMarkup("!ENTITY", in: bytes) {
            findings.append(
                XMLPreScanFinding(problem: .entityDeclarationNotAllowed, line: line(of: offset, in: bytes))
            )
        }
        if !findings.isEmpty {
            return .failure(Refusal(findings))
        }
        return .success(XMLByteProfile(encoding: encoding))
    }

    /// Why a document was refused (one or two findings).
    struct Refusal: Error, Sendable, Hashable {
        var findings: [XMLPreScanFinding]

        init(_ findings: [XMLPreScanFinding]) {
            self.findings = findings
        }
    }

    private static func isXMLSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }

    private static func unsupportedByteOrderMark(_ bytes: UnsafeRawBufferPointer) -> String? {
        if bytes.starts(with: [0x00, 0x00, 0xFE, 0xFF]) { return "UTF-32BE" }
        if bytes.starts(with: [0xFF, 0xFE, 0x00, 0x00]) { return "UTF-32LE" }
        if bytes.starts(with: [0xFE, 0xFF]) { return "UTF-16BE" }
        if bytes.starts(with: [0xFF, 0xFE]) { return "UTF-16LE" }
        return nil
    }

    /// The `encoding` of an XML declaration (`<?xml version="1.0" encoding="…"?>`) at `start`.
    private static func declaredEncoding(_ bytes: UnsafeRawBufferPointer, from start: Int) -> String? {
        let prefix = Array("<?xml".utf8)
        guard bytes[start...].starts(with: prefix) else { return nil }
        let window = bytes[start..<min(bytes.count, start + 512)]
        guard let close = window.firstRange(of: Array("?>".utf8)) else { return nil }
        let declaration = String(decoding: window[window.startIndex..<close.lowerBound], as: UTF8.self)
        guard let match = declaration.firstMatch(of: /\sencoding\s*=\s*(?:"([^"]*)"|'([^']*)')/) else {
            return nil
        }
        return String(match.1 ?? match.2 ?? "")
    }

    /// The offset of the first `<` followed by `name`, compared without regard to case.
    private static func firstMarkup(_ name: String, in bytes: UnsafeRawBufferPointer) -> Int? {
        guard let base = bytes.baseAddress else { return nil }
        let wanted = Array(name.uppercased().utf8)
        var offset = 0
        while offset < bytes.count {
            guard let found = memchr(base + offset, 0x3C, bytes.count - offset) else { return nil }
            let position = base.distance(to: UnsafeRawPointer(found))
            let after = position + 1
            if after + wanted.count <= bytes.count {
                var matches = true
                for (index, letter) in wanted.enumerated() where uppercase(bytes[after + index]) != letter {
                    matches = false
                    break
                }
                if matches { return position }
            }
            offset = after
        }
        return nil
    }

    private static func uppercase(_ byte: UInt8) -> UInt8 {
        (0x61...0x7A).contains(byte) ? byte - 0x20 : byte
    }

    private static func line(of offset: Int, in bytes: UnsafeRawBufferPointer) -> Int {
        bytes[0..<offset].reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
    }
}
