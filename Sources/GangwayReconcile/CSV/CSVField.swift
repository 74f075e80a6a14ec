/// Where one field of a CSV record lies in the reader's buffer. A quoted field's range includes its
/// quotes and is unescaped only when its text is asked for.
struct CSVField {
    var start: Int
    var end: Int
    var isQuoted: Bool
}
