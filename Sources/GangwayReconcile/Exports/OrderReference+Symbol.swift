extension OrderReference {
    /// What one Unicode scalar of a reference is, once case and look-alikes are folded.
    enum Symbol {
        /// A symbol of the code alphabet (or `G`, `W` of the prefix), as its ASCII byte.
        case code(UInt8)
        /// `O` or `0`: outside the alphabet, read as each of `options`.
        case misread([UInt8])
        /// Any other letter or digit: it ends a code.
        case otherLetter
        /// Spaces, hyphens, dashes, `_`, `.`: skipped inside a code.
        case separator
        /// Punctuation and the rest.
        case other

        init(_ scalar: Unicode.Scalar) {
            if let byte = Self.fold(scalar) {
                if OrderReference.alphabet.contains(byte) || byte == UInt8(ascii: "W") {
                    self = .code(byte)
                } else if byte == UInt8(ascii: "O") || byte == UInt8(ascii: "0") {
                    self = .misread([UInt8(ascii: "Q"), UInt8(ascii: "D")])
                } else {
                    self = .otherLetter
                }
                return
            }
            switch scalar {
            case " ", "\t", "\u{00A0}", "\u{202F}", "\u{2009}", "-", "\u{2010}", "\u{2011}", "\u{2012}", "\u{2013}",
                "\u{2014}", "\u{2015}", "\u{2212}", "\u{FE63}", "\u{FF0D}", "_", ".":
                self = .separator
            default:
                self = scalar.properties.isAlphabetic || scalar.properties.numericType != nil ? .otherLetter : .other
            }
        }

        var isSeparator: Bool {
            if case .separator = self { return true }
            return false
        }

        var isAlphanumeric: Bool {
            switch self {
            case .code, .misread, .otherLetter: return true
            case .separator, .other: return false
            }
        }

        /// The upper-case ASCII letter or digit `scalar` stands for, if any.
        private static func fold(_ scalar: Unicode.Scalar) -> UInt8? {
            let value = scalar.value
            switch value {
            case 0x30...0x39, 0x41...0x5A: return UInt8(value)
            case 0x61...0x7A: return UInt8(value - 0x20)
            case 0xFF10...0xFF19: return UInt8(value - 0xFF10 + 0x30)  // full-width digits
            case 0xFF21...0xFF3A: return UInt8(value - 0xFF21 + 0x41)  // full-width capitals
            case 0xFF41...0xFF5A: return UInt8(value - 0xFF41 + 0x41)  // full-width small letters
            default: return lookAlikes[value]
            }
        }

        /// Cyrillic and Greek letters that are drawn like a Latin letter or digit.
        private static let lookAlikes: [UInt32: UInt8] = {
            let pairs: [(String, Character)] = [
                ("АаΑα", "A"), ("ВвΒβ", "B"), ("ЕеΕε", "E"), ("КкΚκ", "K"), ("МмΜ", "M"), ("НнΗ", "H"),
                ("ОоΟο", "O"), ("РрΡρ", "P"), ("Сс", "C"), ("ТтΤτ", "T"), ("УуΥ", "Y"), ("ХхΧχ", "X"),
                ("Зз", "3"), ("Ѕѕ", "S"), ("Јј", "J"), ("Ԛԛ", "Q"), ("Ԝԝ", "W"), ("Ζ", "Z"), ("Ν", "N"),
            ]
            var table: [UInt32: UInt8] = [:]
            for (letters, latin) in pairs {
                for scalar in letters.unicodeScalars {
                    table[scalar.value] = latin.asciiValue
                }
            }
            return table
        }()
    }
}
