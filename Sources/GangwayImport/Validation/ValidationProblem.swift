import GangwayCore

/// What the shared validator finds wrong in CSV and XML records alike.
public enum ValidationProblem: ProblemReason, Equatable {
    case unknownKind(columns: [String])
    case missingColumn(String)
    case unknownColumn(String)
    case nothingToImport
    case required(field: String)
    case invalidID(field: String, value: String)
    case invalidNumber(field: String, value: String)
    case invalidDecimal(field: String, value: String)
    case invalidMoney(field: String, value: String)
    case moneyTooPrecise(field: String, value: String)
    case negativeMoney(field: String, value: String)
    case invalidDate(field: String, value: String)
    case invalidTime(field: String, value: String)
    case invalidWeekday(field: String, token: String)
    case invalidBoolean(field: String, value: String)
    case invalidChoice(field: String, value: String, allowed: [String])
    case outOfRange(field: String, value: String, range: ClosedRange<Int>)
    case invalidTimeZone(String)
    case unresolved(field: String, kind: RecordKind, id: String)
    case duplicate(kind: RecordKind, id: String, firstLine: Int)
    case duplicateSeat(section: String, row: String, seat: String, firstLine: Int)
    case duplicateTime(String)
    case sectionKindMixed(section: String)
    case sectionFieldConflict(section: String, field: String)
    case standingSectionRepeated(section: String, firstLine: Int)
    case fieldNotAllowed(field: String, kind: String)
    case capacityBelowLayout(vessel: String, capacity: Int, layout: String, places: Int)
    case charterGuestsAboveCapacity(guests: Int, capacity: Int)
    case scheduleCapacityAboveVessel(capacity: Int, vesselCapacity: Int)
    case scheduleCapacityOnAssignedSeating(vessel: String)
    case dateFormsConflict
    case dateMissing
    case rangeOnlyField(field: String)
    case rangeReversed(from: String, to: String)
    case rangeTooLong(days: Int, maximum: Int)
    case noPrices
    case unknownCategory(category: String, vessel: String, known: [String])
    case duplicateSailing(id: String, firstLine: Int)
    case noSailingsProduced
    case percentAboveHundred(String)
    case zeroDiscount

    public func message(in language: OperatorLanguage) -> String {
        switch self {
        case .unknownKind(let columns):
            return language.pick(
                "не удалось определить вид файла по заголовку (\(columns.joined(separator: ", "))); "
                    + "нужны ключевые столбцы одного из видов: pier_id, vessel_id, product_id+title_ru, "
                    + "layout_id+section_id, product_id+vessel_id+pier_id+times, code",
                "cannot tell the kind of file from its header (\(columns.joined(separator: ", "))); "
                    + "expected the key columns of one kind: pier_id, vessel_id, product_id+title_ru, "
                    + "layout_id+section_id, product_id+vessel_id+pier_id+times, code")
        case .missingColumn(let name):
            return language.pick("нет обязательного столбца «\(name)»", "required column \"\(name)\" is missing")
        case .unknownColumn(let name):
            return language.pick("неизвестный столбец «\(name)» пропущен", "unknown column \"\(name)\" ignored")
        case .nothingToImport:
            return language.pick(
                "нечего импортировать: в файле нет записей", "nothing to import: the file has no records")
        case .required(let field):
            return language.pick("не заполнено обязательное поле «\(field)»", "required field \"\(field)\" is empty")
        case .invalidID(let field, let value):
            return language.pick(
                "«\(field)»: «\(value)» — не идентификатор (буквы, цифры, «-», «_», до 64 знаков)",
                "\"\(field)\": \"\(value)\" is not an id (letters, digits, \"-\", \"_\", at most 64 characters)")
        case .invalidNumber(let field, let value):
            return language.pick(
                "«\(field)»: «\(value)» — не целое неотрицательное число",
                "\"\(field)\": \"\(value)\" is not a whole non-negative number")
        case .invalidDecimal(let field, let value):
            return language.pick(
                "«\(field)»: «\(value)» — не число или вне допустимых пределов",
                "\"\(field)\": \"\(value)\" is not a number or is out of bounds")
        case .invalidMoney(let field, let value):
            return language.pick(
                "«\(field)»: «\(value)» — не сумма в рублях (например 1500, 1500,00 или 1 500,50)",
                "\"\(field)\": \"\(value)\" is not a rouble amount (e.g. 1500, 1500.00 or 1 500,50)")
        case .moneyTooPrecise(let field, let value):
            return language.pick(
                "«\(field)»: «\(value)» — больше двух знаков после запятой",
                "\"\(field)\": \"\(value)\" has more than two decimals")
        case .negativeMoney(let field, let value):
            return language.pick(
                "«\(field)»: «\(value)» — сумма не может быть отрицательной",
                "\"\(field)\": \"\(value)\" — an amount cannot be negative")
        case .invalidDate(let field, let value):
            return language.pick(
                "«\(field)»: «\(value)» — не дата (ГГГГ-ММ-ДД или ДД.ММ.ГГГГ)",
                "\"\(field)\": \"\(value)\" is not a date (YYYY-MM-DD or DD.MM.YYYY)")
        case .invalidTime(let field, let value):
            return language.pick(
                "«\(field)»: «\(value)» — не время ЧЧ:ММ (после полуночи можно 24:30, 25:10)",
                "\"\(field)\": \"\(value)\" is not a time HH:MM (past midnight 24:30, 25:10 are allowed)")
        case .invalidWeekday(let field, let token):
            return language.pick(
                "«\(field)»: «\(token)» — не день недели (пн…вс, mon…sun, 1…7, диапазоны вида пн-пт)",
                "\"\(field)\": \"\(token)\" is not a weekday (mon…sun, пн…вс, 1…7, ranges like 1-5)")
        case .invalidBoolean(let field, let value):
            return language.pick(
                "«\(field)»: «\(value)» — ожидается да/нет, yes/no, true/false или 1/0",
                "\"\(field)\": \"\(value)\" — expected yes/no, да/нет, true/false or 1/0")
        case .invalidChoice(let field, let value, let allowed):
            return language.pick(
                "«\(field)»: «\(value)» — допустимо: \(allowed.joined(separator: ", "))",
                "\"\(field)\": \"\(value)\" — allowed: \(allowed.joined(separator: ", "))")
        case .outOfRange(let field, let value, let range):
            return language.pick(
                "«\(field)»: \(value) вне допустимого диапазона \(range.lowerBound)…\(range.upperBound)",
                "\"\(field)\": \(value) is outside \(range.lowerBound)…\(range.upperBound)")
        case .invalidTimeZone(let value):
            return language.pick(
                "«timezone»: «\(value)» — неизвестный часовой пояс IANA (например Europe/Moscow)",
                "\"timezone\": \"\(value)\" is not a known IANA time zone (e.g. Europe/Moscow)")
        case .unresolved(let field, let kind, let id):
            return language.pick(
                "«\(field)»: «\(id)» не найден ни в этом файле, ни в базе (\(kind.pluralName))",
                "\"\(field)\": \"\(id)\" is found neither in this file nor in the database (\(kind.pluralName))")
        case .duplicate(let kind, let id, let firstLine):
            return language.pick(
                "«\(id)» повторяется (\(kind.pluralName)); впервые в строке \(firstLine)",
                "\"\(id)\" appears twice (\(kind.pluralName)); first on line \(firstLine)")
        case .duplicateSeat(let section, let row, let seat, let firstLine):
            return language.pick(
                "место повторяется: секция \(section), ряд \(row), место \(seat); впервые в строке \(firstLine)",
                "duplicate seat: section \(section), row \(row), seat \(seat); first on line \(firstLine)")
        case .duplicateTime(let time):
            return language.pick("время \(time) указано дважды", "time \(time) is listed twice")
        case .sectionKindMixed(let section):
            return language.pick(
                "секция «\(section)» смешивает места (seat) и стоячую зону (standing)",
                "section \"\(section)\" mixes seats and standing rows")
        case .sectionFieldConflict(let section, let field):
            return language.pick(
                "секция «\(section)»: разные значения «\(field)» в разных строках",
                "section \"\(section)\": rows disagree on \"\(field)\"")
        case .standingSectionRepeated(let section, let firstLine):
            return language.pick(
                "стоячая секция «\(section)» описана дважды; впервые в строке \(firstLine)",
                "standing section \"\(section)\" is given twice; first on line \(firstLine)")
        case .fieldNotAllowed(let field, let kind):
            return language.pick(
                "поле «\(field)» не заполняется для kind=\(kind)",
                "field \"\(field)\" must be empty when kind=\(kind)")
        case .capacityBelowLayout(let vessel, let capacity, let layout, let places):
            return language.pick(
                "судно «\(vessel)»: вместимость \(capacity) меньше числа мест схемы «\(layout)» (\(places))",
                "vessel \"\(vessel)\": capacity \(capacity) is below the \(places) places of layout \"\(layout)\"")
        case .charterGuestsAboveCapacity(let guests, let capacity):
            return language.pick(
                "charter_max_guests \(guests) больше вместимости судна \(capacity)",
                "charter_max_guests \(guests) exceeds the vessel's capacity \(capacity)")
        case .scheduleCapacityAboveVessel(let capacity, let vesselCapacity):
            return language.pick(
                "capacity \(capacity) больше вместимости судна \(vesselCapacity)",
                "capacity \(capacity) exceeds the vessel's capacity \(vesselCapacity)")
        case .scheduleCapacityOnAssignedSeating(let vessel):
            return language.pick(
                "capacity задаётся только для свободной рассадки, а у судна «\(vessel)» есть схема с местами",
                "capacity is for general admission only, and vessel \"\(vessel)\" has assigned seats")
        case .dateFormsConflict:
            return language.pick(
                "укажите либо date, либо date_from и date_to, но не оба варианта",
                "give either date or date_from and date_to, not both")
        case .dateMissing:
            return language.pick(
                "нет дат: укажите date или date_from и date_to", "no dates: give date, or date_from and date_to")
        case .rangeOnlyField(let field):
            return language.pick(
                "«\(field)» имеет смысл только с date_from/date_to", "\"\(field)\" only applies with date_from/date_to")
        case .rangeReversed(let from, let to):
            return language.pick(
                "date_from \(from) позже date_to \(to)", "date_from \(from) is after date_to \(to)")
        case .rangeTooLong(let days, let maximum):
            return language.pick(
                "период \(days) дн. длиннее допустимых \(maximum)", "the range of \(days) days exceeds \(maximum)")
        case .noPrices:
            return language.pick(
                "нет ни одной цены (столбцы price_<тариф>, например price_adult)",
                "no price given (columns price_<tier>, e.g. price_adult)")
        case .unknownCategory(let category, let vessel, let known):
            return language.pick(
                "категории «\(category)» нет на судне «\(vessel)» (есть: \(known.joined(separator: ", ")))",
                "vessel \"\(vessel)\" has no category \"\(category)\" (it has: \(known.joined(separator: ", ")))")
        case .duplicateSailing(let id, let firstLine):
            return language.pick(
                "рейс \(id) получается дважды; впервые в строке \(firstLine)",
                "sailing \(id) is produced twice; first on line \(firstLine)")
        case .noSailingsProduced:
            return language.pick(
                "строка не даёт ни одного рейса (дни недели и исключения не оставили дат)",
                "the row produces no sailing (weekdays and exceptions leave no date)")
        case .percentAboveHundred(let value):
            return language.pick("скидка \(value) % больше 100 %", "a discount of \(value) % exceeds 100 %")
        case .zeroDiscount:
            return language.pick("скидка должна быть больше нуля", "the discount must be above zero")
        }
    }
}
