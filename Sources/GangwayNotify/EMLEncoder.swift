import Foundation
import GangwayCore

/// A ``MailMessage`` as one standard `.eml` file (RFC 5322 with MIME, RFC 2045–2047): CRLF line
/// ends, headers in ASCII (a non-ASCII name or subject as UTF-8 encoded words), bodies in UTF-8,
/// base64 in lines of 76; `multipart/alternative` for text and HTML, inside `multipart/related`
/// for inline images, inside `multipart/mixed` for other attachments. Any MTA or mail client
/// reads it; `sendmail -t < file.eml` sends it.
public enum EMLEncoder {
    public static func encode(_ message: MailMessage) -> [UInt8] {
        let boundary =
            "gangway-"
            + String(
                message.messageID.utf8.reduce(UInt64(1_469_598_103_934_665_603)) {
                    ($0 ^ UInt64($1)) &* 1_099_511_628_211
                }, radix: 36)
        var lines = [
            "From: " + address(message.from), "To: " + address(message.to), "Subject: " + header(message.subject),
            "Date: " + rfc5322Date(message.date), "Message-ID: " + message.messageID, "MIME-Version: 1.0",
        ]
        let inline = message.attachments.filter { $0.contentID != nil }
        let attached = message.attachments.filter { $0.contentID == nil }
        var body = alternative(message, boundary: boundary + "-alt")
        if !inline.isEmpty {
            body = multipart("related", boundary: boundary + "-rel", parts: [body] + inline.map(part))
        }
        if !attached.isEmpty {
            body = multipart("mixed", boundary: boundary + "-mix", parts: [body] + attached.map(part))
        }
        lines += body
        return Array((lines.joined(separator: "\r\n") + "\r\n").utf8)
    }

    private static func alternative(_ message: MailMessage, boundary: String) -> [String] {
        let text = leaf("text/plain; charset=utf-8", bytes: Array(message.text.utf8))
        guard let html = message.html else { return text }
        return multipart(
            "alternative", boundary: boundary, parts: [text, leaf("text/html; charset=utf-8", bytes: Array(html.utf8))])
    }

    private static func part(_ attachment: MailAttachment) -> [String] {
        var headers = [String]()
        if let id = attachment.contentID {
            headers.append("Content-ID: <\(id)>")
            headers.append("Content-Disposition: inline; filename=\"\(attachment.fileName)\"")
        } else {
            headers.append("Content-Disposition: attachment; filename=\"\(attachment.fileName)\"")
        }
        return leaf(
            attachment.contentType + "; name=\"\(attachment.fileName)\"", bytes: attachment.bytes, extra: headers)
    }

    private static func leaf(_ type: String, bytes: [UInt8], extra: [String] = []) -> [String] {
        ["Content-Type: " + type, "Content-Transfer-Encoding: base64"] + extra + [""] + base64Lines(bytes)
    }

    private static func multipart(_ kind: String, boundary: String, parts: [[String]]) -> [String] {
        var lines = ["Content-Type: multipart/\(kind); boundary=\"\(boundary)\"", ""]
        for part in parts { lines += ["--" + boundary] + part }
        lines.append("--" + boundary + "--")
        return lines
    }

    static func base64Lines(_ bytes: [UInt8]) -> [String] {
        let encoded = Data(bytes).base64EncodedString()
        var lines: [String] = []
        var index = encoded.startIndex
        while index < encoded.endIndex {
            let end = encoded.index(index, offsetBy: 76, limitedBy: encoded.endIndex) ?? encoded.endIndex
            lines.append(String(encoded[index..<end]))
            index = end
        }
        return lines
    }

    /// A header value: as it is when plain printable ASCII, else one UTF-8 base64 encoded word
    /// per up to 45 bytes of whole characters (RFC 2047), folded onto continuation lines.
    static func header(_ value: String) -> String {
        if value.unicodeScalars.allSatisfy({ $0.value >= 0x20 && $0.value < 0x7F }) { return value }
        var words: [String] = []
        var chunk: [UInt8] = []
        for character in value {
            let bytes = Array(String(character).utf8)
            if chunk.count + bytes.count > 45 {
                words.append("=?UTF-8?B?" + Data(chunk).base64EncodedString() + "?=")
                chunk = []
            }
            chunk += bytes
        }
        if !chunk.isEmpty { words.append("=?UTF-8?B?" + Data(chunk).base64EncodedString() + "?=") }
        return words.joined(separator: "\r\n ")
    }

    private static func address(_ address: MailAddress) -> String {
        guard let name = address.name, !name.isEmpty else { return address.address }
        let shown =
            name.unicodeScalars.allSatisfy {
                $0.value >= 0x20 && $0.value < 0x7F && !"\"\\<>,;:@".unicodeScalars.contains($0)
            }
            ? name : header(name)
        return shown + " <" + address.address + ">"
    }

    /// `Wed, 25 Nov 2026 09:00:00 +0000`.
    static func rfc5322Date(_ seconds: Int64) -> String {
        let days = Int((seconds - ((seconds % 86_400) + 86_400) % 86_400) / 86_400)
        let rest = Int(seconds - Int64(days) * 86_400)
        let date = LocalDate(dayNumber: days)
        let weekday = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][date.weekday - 1]
        let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return "\(weekday), \(date.day) \(months[date.month - 1]) \(date.year) "
            + "\(two(rest / 3_600)):\(two(rest / 60 % 60)):\(two(rest % 60)) +0000"
    }
}
