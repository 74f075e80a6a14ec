import Foundation

/// The outgoing spool, `outbox/mail/`: one standard `.eml` file per message, written through a
/// temporary file and renamed, so a sender reading the folder never sees half a message. A
/// message whose file exists already is not written again (its name comes from its id).
public struct MailSpool: Sendable {
    public let folder: URL

    public init(folder: URL) {
        self.folder = folder
    }

    /// Writes `message`; returns its file, and whether it was new.
    @discardableResult
    public func spool(_ message: MailMessage) throws -> (file: URL, written: Bool) {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let file = folder.appendingPathComponent(Self.fileName(for: message))
        if FileManager.default.fileExists(atPath: file.path) { return (file, false) }
        let temporary = folder.appendingPathComponent(".\(file.lastPathComponent).tmp-\(UUID().uuidString)")
        try Data(EMLEncoder.encode(message)).write(to: temporary)
        do {
            try FileManager.default.moveItem(at: temporary, to: file)
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            if FileManager.default.fileExists(atPath: file.path) { return (file, false) }
            throw error
        }
        return (file, true)
    }

    /// `<message id without brackets, unsafe characters as _>.eml`.
    static func fileName(for message: MailMessage) -> String {
        let id = message.messageID.trimmingCharacters(in: CharacterSet(charactersIn: "<>"))
        let safe = id.unicodeScalars.map { scalar -> String in
            CharacterSet.alphanumerics.contains(scalar) && scalar.isASCII || "-.@".unicodeScalars.contains(scalar)
                ? String(scalar) : "_"
        }
        return safe.joined() + ".eml"
    }
}
