import GangwayCore

/// Problems with a file as a whole.
public enum FileProblem: ProblemReason, Equatable {
    case unreadable(String)
    case tooLarge(bytes: Int, limit: Int)
    case duplicateColumn(String, firstColumn: Int)
    case extraCells(expected: Int, found: Int)

    public func message(in language: OperatorLanguage) -> String {
        switch self {
        case .unreadable(let detail):
            return language.pick("файл не читается: \(detail)", "the file cannot be read: \(detail)")
        case .tooLarge(let bytes, let limit):
            return language.pick(
                "файл слишком большой: \(bytes) байт, предел \(limit)",
                "the file is too large: \(bytes) bytes, the limit is \(limit)")
        case .duplicateColumn(let name, let first):
            return language.pick(
                "столбец «\(name)» повторяется (впервые в колонке \(first))",
                "column \"\(name)\" appears twice (first as column \(first))")
        case .extraCells(let expected, let found):
            return language.pick(
                "в строке \(found) ячеек, а в заголовке \(expected)",
                "the row has \(found) cells but the header has \(expected)")
        }
    }
}
