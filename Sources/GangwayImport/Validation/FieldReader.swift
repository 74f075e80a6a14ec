import GangwayCore

/// Reads typed values out of one ``RawRecord``, recording a problem for every value that is
/// wrong so the whole file can be reported at once.
struct FieldReader {
    let record: RawRecord
    private(set) var problems: [ImportProblem] = []

    init(_ record: RawRecord) { self.record = record }

    var hasErrors: Bool { problems.contains { $0.severity == .error } }

    mutating func fail(_ field: String, _ reason: ValidationProblem) {
        problems.append(.error(at: record.location(of: field), reason))
    }

    mutating func warn(_ field: String, _ reason: ValidationProblem) {
        problems.append(.warning(at: record.location(of: field), reason))
    }

    func text(_ field: String) -> String? { record[field] }

    mutating func requiredText(_ field: String) -> String? {
        guard let value = record[field] else {
            fail(field, .required(field: field))
            return nil
        }
        return value
    }

    mutating func id(_ field: String, required: Bool = false) -> String? {
        guard let value = record[field] else {
            if required { fail(field, .required(field: field)) }
            return nil
        }
        guard let id = Identifier.normalize(value) else {
            fail(field, .invalidID(field: field, value: value))
            return nil
        }
        return id
    }

    mutating func ids(_ field: String) -> [String] {
        guard let value = record[field] else { return [] }
        var result: [String] = []
        for item in ValueParsers.list(value) {
            if let id = Identifier.normalize(item) {
                result.append(id)
            } else {
                fail(field, .invalidID(field: field, value: item))
            }
        }
        return result
    }

    /// `<field>_ru`, `<field>_en`, `<field>_zh`; Russian required when `required`.
    mutating func localized(_ field: String, required: Bool = false) -> LocalizedText {
        let text = LocalizedText(ru: record[field + "_ru"], en: record[field + "_en"], zh: record[field + "_zh"])
        if required && text.ru == nil { fail(field + "_ru", .required(field: field + "_ru")) }
        return text
    }

    mutating func count(_ field: String, in range: ClosedRange<Int>, required: Bool = false) -> Int? {
        guard let value = record[field] else {
            if required { fail(field, .required(field: field)) }
            return nil
        }
        guard let number = ValueParsers.count(value) else {
            fail(field, .invalidNumber(field: field, value: value))
            return nil
        }
        guard range.contains(number) else {
            fail(field, .outOfRange(field: field, value: value, range: range))
            return nil
        }
        return number
    }

    mutating func money(_ field: String, required: Bool = false) -> Money? {
        guard let value = record[field] else {
            if required { fail(field, .required(field: field)) }
            return nil
        }
        switch MoneyParser.parse(value) {
        case .success(let money):
            return money
        case .failure(.negative):
            fail(field, .negativeMoney(field: field, value: value))
        case .failure(.tooManyDecimals):
            fail(field, .moneyTooPrecise(field: field, value: value))
        case .failure:
            fail(field, .invalidMoney(field: field, value: value))
        }
        return nil
    }

    mutating func date(_ field: String) -> LocalDate? {
        guard let value = record[field] else { return nil }
        guard let date = LocalDate(parsing: value) else {
            fail(field, .invalidDate(field: field, value: value))
            return nil
        }
        return date
    }

    mutating func dates(_ field: String) -> [LocalDate] {
        guard let value = record[field] else { return [] }
        var result: [LocalDate] = []
        for item in ValueParsers.list(value) {
            if let date = LocalDate(parsing: item) {
                result.append(date)
            } else {
                fail(field, .invalidDate(field: field, value: item))
            }
        }
        return result
    }

    mutating func boolean(_ field: String) -> Bool? {
        guard let value = record[field] else { return nil }
        guard let flag = ValueParsers.boolean(value) else {
            fail(field, .invalidBoolean(field: field, value: value))
            return nil
        }
        return flag
    }

    mutating func choice<Choice: RawRepresentable & CaseIterable>(_ field: String, required: Bool = false) -> Choice?
    where Choice.RawValue == String {
        guard let value = record[field] else {
            if required { fail(field, .required(field: field)) }
            return nil
        }
        guard let choice = Choice(rawValue: value.lowercased()) else {
            fail(field, .invalidChoice(field: field, value: value, allowed: Choice.allCases.map(\.rawValue)))
            return nil
        }
        return choice
    }

    mutating func coordinate(_ field: String, limit: Double) -> Double? {
        guard let value = record[field] else { return nil }
        guard let number = ValueParsers.coordinate(value), abs(number) <= limit else {
            fail(field, .invalidDecimal(field: field, value: value))
            return nil
        }
        return number
    }
}
