import Foundation

/// A customer's contact details as an order records them: a name, and an e-mail address and/or
/// a phone number, normalised so that one customer is one record however they type them.
public struct ContactDetails: Sendable, Hashable {
    public enum Problem: Error, Sendable, Hashable {
        case missingContact
        case invalidEmail
        case invalidPhone
        case nameTooLong
    }

    public var name: String
    /// Lower-cased, trimmed.
    public var email: String?
    /// E.164: `+` and 8–15 digits.
    public var phone: String?

    /// Normalises and checks what the customer typed. At least one of e-mail and phone is needed.
    public init(name: String?, email: String?, phone: String?) throws(Problem) {
        let name = Self.trimmed(name ?? "")
        guard name.count <= 200 else { throw .nameTooLong }
        self.name = name
        let email = Self.trimmed(email ?? "")
        let phone = Self.trimmed(phone ?? "")
        guard !email.isEmpty || !phone.isEmpty else { throw .missingContact }
        if email.isEmpty {
            self.email = nil
        } else {
            guard let normalised = Self.normaliseEmail(email) else { throw .invalidEmail }
            self.email = normalised
        }
        if phone.isEmpty {
            self.phone = nil
        } else {
            guard let normalised = Self.normalisePhone(phone) else { throw .invalidPhone }
            self.phone = normalised
        }
    }

    /// `Ivan.Petrov@Mail.RU ` → `ivan.petrov@mail.ru`; nil unless it has one `@` with a local part
    /// and a dotted domain, no spaces or controls, at most 254 characters.
    public static func normaliseEmail(_ text: String) -> String? {
        let lower = trimmed(text).lowercased()
        let parts = lower.split(separator: "@", omittingEmptySubsequences: false)
        guard lower.count <= 254, parts.count == 2, !parts[0].isEmpty, parts[1].contains("."),
            !parts[1].hasPrefix("."), !parts[1].hasSuffix("."),
            !lower.unicodeScalars.contains(where: { $0.value <= 0x20 || $0.value == 0x7F || $0 == "<" || $0 == ">" })
        else { return nil }
        return lower
    }

    /// `text` without leading and trailing white space. Text that begins and ends with a visible
    /// ASCII character (nearly every form field) is returned as it is, without Foundation's scan.
    static func trimmed(_ text: String) -> String {
        let visible: ClosedRange<UInt8> = 0x21...0x7E
        if let first = text.utf8.first, let last = text.utf8.last, visible.contains(first), visible.contains(last) {
            return text
        }
        return text.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// To E.164. Spaces, dashes, dots and brackets are dropped; a Russian number written
    /// `8 XXX XXX-XX-XX` or `7XXXXXXXXXX` or `XXXXXXXXXX` (10 digits starting with 9) becomes
    /// `+7XXXXXXXXXX`; otherwise a leading `+` is required. Nil unless 8–15 digits remain.
    public static func normalisePhone(_ text: String) -> String? {
        var digits = ""
        var plus = false
        for (index, character) in text.trimmingCharacters(in: .whitespaces).enumerated() {
            if character == "+" && index == 0 {
                plus = true
            } else if character.isASCII, character.isNumber {
                digits.append(character)
            } else if !" -().".contains(character) {
                return nil
            }
        }
        if !plus {
            if digits.count == 11 && (digits.hasPrefix("8") || digits.hasPrefix("7")) {
                digits = "7" + digits.dropFirst()
            } else if digits.count == 10 && digits.hasPrefix("9") {
                digits = "7" + digits
            } else {
                return nil
            }
        }
        guard (8...15).contains(digits.count), !digits.hasPrefix("0") else { return nil }
        return "+" + digits
    }
}
