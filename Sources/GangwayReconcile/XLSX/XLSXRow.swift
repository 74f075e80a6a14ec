/// One worksheet row as ``RegistryCells``: the cells' text, numbers as Excel stored them
/// (`96.340000000000003`, serial dates), which the interpreter knows to round and convert.
struct XLSXRow: RegistryCells {
    let cells: [String]

    var count: Int { cells.count }
    var holdsExcelNumbers: Bool { true }

    func isBlank(_ index: Int) -> Bool {
        guard index < cells.count else { return true }
        return cells[index].unicodeScalars.allSatisfy { $0 == " " || $0 == "\t" || $0 == "\u{00A0}" || $0 == "\"" }
    }

    func text(_ index: Int) -> String {
        index < cells.count ? cells[index] : ""
    }

    func withUTF8<Result>(_ index: Int, _ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
        var text = self.text(index)
        return try text.withUTF8 { try body($0) }
    }
}
