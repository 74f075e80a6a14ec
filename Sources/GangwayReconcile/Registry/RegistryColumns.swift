/// Where a registry's header put each field, and how the header spelt it (for error messages).
struct RegistryColumns {
    private var indices = [Int](repeating: -1, count: RegistryField.allCases.count)
    private var names = [String](repeating: "", count: RegistryField.allCases.count)

    /// The 0-based column of `field`, or nil when the header has no such column.
    @inline(__always)
    func index(of field: RegistryField) -> Int? {
        let index = indices[field.ordinal]
        return index >= 0 ? index : nil
    }

    /// The column's header text as written, or the field's Russian name when the header lacks it.
    func name(of field: RegistryField) -> String {
        let name = names[field.ordinal]
        return name.isEmpty ? field.displayName(in: .yookassaPayments, russian: true) : name
    }

    mutating func set(_ field: RegistryField, index: Int, name: String) {
        indices[field.ordinal] = index
        names[field.ordinal] = name
    }
}
