/// Name handling shared by the XLSX parsers: writers differ in namespace prefixes (`x:row`, `r:id`).
enum XLSXNames {
    /// `x:row` → `row`.
    static func local(_ name: String) -> Substring {
        if let colon = name.lastIndex(of: ":") {
            return name[name.index(after: colon)...]
        }
        return name[...]
    }

    /// The 0-based column of a cell reference (`B5` → 1, `AA10` → 26), or nil without letters.
    static func column(ofReference reference: String) -> Int? {
        var column = 0
        var letters = 0
        for scalar in reference.unicodeScalars {
            let value = scalar.value
            if (65...90).contains(value) || (97...122).contains(value) {
                column = column * 26 + Int((value & ~0x20) - 64)
                letters += 1
                guard column <= 16_384 else { return nil }
            } else {
                break
            }
        }
        return letters > 0 ? column - 1 : nil
    }
}
