/// One record of a registry as a list of cells, whatever file it came from: a CSV record decoded on
/// demand, or a worksheet row of strings. ``RegistryInterpreter`` reads every registry through it.
protocol RegistryCells {
    /// Number of cells (fields of a CSV record; up to the last filled column of a worksheet row).
    var count: Int { get }
    /// True when cell `index` is missing, empty, or only spaces and quotes.
    func isBlank(_ index: Int) -> Bool
    /// The text of cell `index` ("" beyond ``count``), not trimmed.
    func text(_ index: Int) throws -> String
    /// Calls `body` with the UTF-8 bytes of cell `index` (empty beyond ``count``), avoiding a `String`
    /// where it can.
    func withUTF8<Result>(_ index: Int, _ body: (UnsafeBufferPointer<UInt8>) throws -> Result) throws -> Result
    /// True when cell `index` may hold Excel numbers (serial dates, binary-float amounts).
    var holdsExcelNumbers: Bool { get }
}
