/// Finds Gangway order codes (`GW-` and 8 symbols of `23456789ABCDEFGHJKLMNPQRSTUVWXYZ`) in the free
/// text that payers, banks and providers pass along (ЮKassa `Описание`, ЮMoney `label`), however they
/// mangled them.
///
/// What is tolerated, symbol by symbol:
/// - case (`gw-7k3m9qxd`), and full-width forms;
/// - separators anywhere between `G`, `W` and the 8 symbols: spaces (also no-break), hyphens and
///   dashes (`-`, `‐`, `–`, `—`, `−`), `_` and `.` (`gw 7k3m 9qxd`, `gw_7k3m-9qxd`, `GW7K3M9QXD`);
/// - Cyrillic and Greek letters that look like Latin ones (`А В Е К М Н О Р С Т У Х` and their lower
///   case, `Ѕ Ј Ԛ Ԝ`, Greek capitals): `GW–7К3М9QХD` is `GW-7K3M9QXD`; and Cyrillic `З` for the digit 3.
///   `Г` is not `G`, so the prefix is always a Latin `G`, followed by a Latin (or look-alike) `W`;
/// - `O`, `0` (and Cyrillic `О`): the alphabet has neither, so the symbol was surely misread; they look
///   most like `Q` and `D`, and both are offered (``candidates(in:)`` returns each spelling; the caller
///   keeps the one that names a real order). At most two such symbols per code; more is a guess, not a
///   reading. `1` and `I` are not folded: no symbol of the alphabet is commonly read as them.
///
/// A code must end where the text's letters and digits end (`GW-7K3M9QXD2` is not a code) and have
/// all 8 symbols (`GW-7K3M9` is not). Without the `GW` prefix, only a text that is nothing but the 8
/// symbols (separators allowed, no `O`/`0` guesses) counts, so a stray word does not match by accident.
public enum OrderReference {
    /// The canonical codes (`GW-7K3M9QXD`) in `text`, in order of appearance, without repeats.
    public static func candidates(in text: String) -> [String] {
        let symbols = text.unicodeScalars.map(Symbol.init)
        var found: [String] = []
        func add(_ codes: [String]) {
            for code in codes where !found.contains(code) { found.append(code) }
        }
        var index = 0
        while index < symbols.count {
            if case .code(UInt8(ascii: "G")) = symbols[index], let codes = code(in: symbols, afterG: index) {
                add(codes)
            }
            index += 1
        }
        if found.isEmpty, let bare = bareCode(symbols) {
            add([bare])
        }
        return found
    }

    /// The first of ``candidates(in:)``, without building the symbol list in the usual case: from
    /// the first ASCII `G`, an exact `GW-XXXXXXXX` that ends the text or is followed by a character
    /// that is neither a letter, a digit nor a separator (`Заказ GW-7K3M9QXD`). Anything else, and a
    /// text with a full-width `Ｇ` before it, takes the full reading.
    public static func first(in text: String) -> String? {
        let utf8 = text.utf8
        if let g = utf8.firstIndex(of: UInt8(ascii: "G")), !textHasEarlierLookAlikeG(text) {
            let tail = Array(utf8[g...].prefix(12))
            if tail.count >= 11, tail[1] == UInt8(ascii: "W"), tail[2] == UInt8(ascii: "-"),
                tail[3..<11].allSatisfy({ alphabetSet.contains($0) }),
                tail.count == 11
                    || (tail[11] < 0x80 && !isASCIIAlphanumeric(tail[11]) && !" -_.".utf8.contains(tail[11])),
                !utf8[..<g].contains(UInt8(ascii: "g"))
            {
                return String(decoding: tail[0..<11], as: UTF8.self)
            }
        }
        return candidates(in: text).first
    }

    private static let alphabetSet = Set(alphabet)

    private static func isASCIIAlphanumeric(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
    }

    /// Whether a non-ASCII letter that may read as `G` (a full-width `Ｇ`) comes before the first
    /// ASCII `G`: then the slow path decides.
    private static func textHasEarlierLookAlikeG(_ text: String) -> Bool {
        for scalar in text.unicodeScalars {
            if scalar == "G" || scalar == "g" { return false }
            if scalar == "\u{FF27}" || scalar == "\u{FF47}" { return true }
        }
        return false
    }

    /// The canonical code a person typed as `text` (with or without `GW`, any case, separators and
    /// look-alikes as above), or nil when `text` is not exactly one code or needs an `O`/`0` guess.
    public static func canonical(_ text: String) -> String? {
        let symbols = text.unicodeScalars.map(Symbol.init)
        if let bare = bareCode(symbols) { return bare }
        guard let start = symbols.firstIndex(where: { !$0.isSeparator }),
            case .code(UInt8(ascii: "G")) = symbols[start],
            let codes = code(in: symbols, afterG: start, requireEnd: true), codes.count == 1
        else { return nil }
        return codes[0]
    }

    /// The code symbols, their count and the prefix.
    static let alphabet = Array("23456789ABCDEFGHJKLMNPQRSTUVWXYZ".utf8)
    static let length = 8
    private static let maxGuesses = 2

    /// The codes spelt from the `G` at `start`: `W`, then 8 symbols, separators allowed between any.
    private static func code(in symbols: [Symbol], afterG start: Int, requireEnd: Bool = false) -> [String]? {
        var index = start + 1
        while index < symbols.count, symbols[index].isSeparator { index += 1 }
        guard index < symbols.count, case .code(UInt8(ascii: "W")) = symbols[index] else { return nil }
        index += 1
        var spellings: [[UInt8]] = [[]]
        var guesses = 0
        var last = index
        while spellings[0].count < length {
            while index < symbols.count, symbols[index].isSeparator { index += 1 }
            guard index < symbols.count else { return nil }
            switch symbols[index] {
            case .code(let byte):
                for position in spellings.indices { spellings[position].append(byte) }
            case .misread(let options):
                guesses += 1
                guard guesses <= maxGuesses else { return nil }
                spellings = spellings.flatMap { spelling in options.map { spelling + [$0] } }
            case .otherLetter, .separator, .other:
                return nil
            }
            last = index
            index += 1
        }
        // The code ends with the text's letters and digits.
        if last + 1 < symbols.count, symbols[last + 1].isAlphanumeric { return nil }
        if requireEnd, symbols[(last + 1)...].contains(where: { !$0.isSeparator }) { return nil }
        return spellings.map { "GW-" + String(decoding: $0, as: UTF8.self) }
    }

    /// The code when the whole text is its 8 symbols and nothing else (no guesses).
    private static func bareCode(_ symbols: [Symbol]) -> String? {
        var bytes: [UInt8] = []
        for symbol in symbols {
            switch symbol {
            case .separator: continue
            case .code(let byte): bytes.append(byte)
            case .misread, .otherLetter, .other: return nil
            }
            if bytes.count > length { return nil }
        }
        return bytes.count == length ? "GW-" + String(decoding: bytes, as: UTF8.self) : nil
    }
}
