import Foundation

/// Small readers for the value syntaxes of formats.md that are not types of their own.
public enum ValueParsers {
    /// `yes/no`, `да/нет`, `true/false`, `1/0` (any case).
    public static func boolean(_ text: String) -> Bool? {
        switch text.trimmingCharacters(in: .whitespaces).lowercased() {
        case "yes", "да", "true", "1", "y", "д": true
        case "no", "нет", "false", "0", "n", "н": false
        default: nil
        }
    }

    /// A list inside a cell: items separated by `,` and/or white space; empty items dropped.
    public static func list(_ text: String) -> [String] {
        text.split(whereSeparator: { $0 == "," || $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" })
            .map(String.init)
    }

    /// A whole number without sign, separators or decimals (`120`).
    public static func count(_ text: String) -> Int? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty, trimmed.count <= 9, trimmed.allSatisfy({ $0.isASCII && $0.isNumber }) else {
            return nil
        }
        return Int(trimmed)
    }

    /// A decimal number for coordinates (`59.9412`, `59,9412`): not money, never used for money.
    public static func coordinate(_ text: String) -> Double? {
        if let number = Double(text) { return number.isFinite ? number : nil }
        let number = Double(text.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: ",", with: "."))
        return number.flatMap { $0.isFinite ? $0 : nil }
    }
}
