import GangwayCore
import Testing

@testable import GangwayImport

/// One failing fixture per rule of formats.md, each expected to give exactly its problem.
struct ValidationRuleTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var csv: String
        var expected: ValidationProblem
        var testDescription: String { name }
    }

    static let schedule = "product_id;vessel_id;pier_id;times;date_from;date_to;price_adult"

    static let cases: [Case] = [
        Case(name: "pier-missing-name", csv: "pier_id;name_ru\np1;\n", expected: .required(field: "name_ru")),
        Case(
            name: "pier-bad-id", csv: "pier_id;name_ru\nбад ид;Причал\n",
            expected: .invalidID(field: "pier_id", value: "бад ид")),
        Case(
            name: "pier-id-too-long", csv: "pier_id;name_ru\n\(String(repeating: "a", count: 65));П\n",
            expected: .invalidID(field: "pier_id", value: String(repeating: "a", count: 65))),
        Case(
            name: "pier-duplicate-id-any-case", csv: "pier_id;name_ru\np1;А\nP1;Б\n",
            expected: .duplicate(kind: .pier, id: "p1", firstLine: 2)),
        Case(
            name: "pier-unknown-timezone", csv: "pier_id;name_ru;timezone\np1;А;Europe/Atlantis\n",
            expected: .invalidTimeZone("Europe/Atlantis")),
        Case(
            name: "pier-latitude-out-of-range", csv: "pier_id;name_ru;lat\np1;А;91\n",
            expected: .invalidDecimal(field: "lat", value: "91")),
        Case(
            name: "vessel-unknown-kind", csv: "vessel_id;name_ru;kind;capacity\nv1;В;submarine;10\n",
            expected: .invalidChoice(
                field: "kind", value: "submarine",
                allowed: ["boat", "ship", "yacht", "hydrofoil", "catamaran", "other"])),
        Case(
            name: "vessel-capacity-not-a-number", csv: "vessel_id;name_ru;kind;capacity\nv1;В;boat;десять\n",
            expected: .invalidNumber(field: "capacity", value: "десять")),
        Case(
            name: "vessel-capacity-below-layout", csv: "vessel_id;name_ru;kind;capacity;layout_id\nv1;В;boat;3;small\n",
            expected: .capacityBelowLayout(vessel: "v1", capacity: 3, layout: "small", places: 4)),
        Case(
            name: "vessel-unknown-layout", csv: "vessel_id;name_ru;kind;capacity;layout_id\nv1;В;boat;30;nolayout\n",
            expected: .unresolved(field: "layout_id", kind: .layout, id: "nolayout")),
        Case(
            name: "vessel-unknown-home-pier",
            csv: "vessel_id;name_ru;kind;capacity;home_pier_id\nv1;В;boat;30;nowhere\n",
            expected: .unresolved(field: "home_pier_id", kind: .pier, id: "nowhere")),
        Case(
            name: "vessel-bad-boolean", csv: "vessel_id;name_ru;kind;capacity;charter\nv1;В;yacht;10;может\n",
            expected: .invalidBoolean(field: "charter", value: "может")),
        Case(
            name: "vessel-charter-without-price", csv: "vessel_id;name_ru;kind;capacity;charter\nv1;В;yacht;10;да\n",
            expected: .required(field: "charter_hour_price")),
        Case(
            name: "vessel-charter-guests-above-capacity",
            csv:
                "vessel_id;name_ru;kind;capacity;charter;charter_hour_price;charter_max_guests\nv1;В;yacht;10;yes;18000;12\n",
            expected: .charterGuestsAboveCapacity(guests: 12, capacity: 10)),
        Case(
            name: "product-missing-duration", csv: "product_id;kind;title_ru;duration_min\np;excursion;Т;\n",
            expected: .required(field: "duration_min")),
        Case(
            name: "product-unknown-kind", csv: "product_id;kind;title_ru;duration_min\np;tour;Т;60\n",
            expected: .invalidChoice(field: "kind", value: "tour", allowed: ["excursion", "event", "charter"])),
        Case(
            name: "layout-duplicate-seat",
            csv:
                "layout_id;section_id;section_ru;kind;row;seat;x;y;category\nl;s;С;seat;1;1;0;0;std\nl;s;С;seat;1;1;5;0;std\n",
            expected: .duplicateSeat(section: "s", row: "1", seat: "1", firstLine: 2)),
        Case(
            name: "layout-seat-without-position",
            csv: "layout_id;section_id;section_ru;kind;row;seat;x;y;category\nl;s;С;seat;1;1;;0;std\n",
            expected: .required(field: "x")),
        Case(
            name: "layout-standing-without-capacity",
            csv: "layout_id;section_id;section_ru;kind;category;capacity\nl;deck;Палуба;standing;deck;\n",
            expected: .required(field: "capacity")),
        Case(
            name: "layout-standing-with-seat",
            csv: "layout_id;section_id;section_ru;kind;category;capacity;row\nl;deck;Палуба;standing;deck;40;1\n",
            expected: .fieldNotAllowed(field: "row", kind: "standing")),
        Case(
            name: "layout-section-mixes-kinds",
            csv:
                "layout_id;section_id;section_ru;kind;row;seat;x;y;category;capacity\nl;s;С;seat;1;1;0;0;std;\nl;s;С;standing;;;;;std;10\n",
            expected: .sectionKindMixed(section: "s")),
        Case(
            name: "schedule-unknown-product",
            csv: "\(schedule)\nnope;meteor;dvortsovaya;10:00;2027-06-01;2027-06-02;1500\n",
            expected: .unresolved(field: "product_id", kind: .product, id: "nope")),
        Case(
            name: "schedule-unknown-vessel",
            csv: "\(schedule)\ntour;nope;dvortsovaya;10:00;2027-06-01;2027-06-02;1500\n",
            expected: .unresolved(field: "vessel_id", kind: .vessel, id: "nope")),
        Case(
            name: "schedule-unknown-pier", csv: "\(schedule)\ntour;meteor;nope;10:00;2027-06-01;2027-06-02;1500\n",
            expected: .unresolved(field: "pier_id", kind: .pier, id: "nope")),
        Case(
            name: "schedule-bad-time", csv: "\(schedule)\ntour;meteor;dvortsovaya;10:70;2027-06-01;2027-06-02;1500\n",
            expected: .invalidTime(field: "times", value: "10:70")),
        Case(
            name: "schedule-time-twice",
            csv: "\(schedule)\ntour;meteor;dvortsovaya;10:00 10:00;2027-06-01;2027-06-02;1500\n",
            expected: .duplicateTime("10:00")),
        Case(
            name: "schedule-bad-date", csv: "\(schedule)\ntour;meteor;dvortsovaya;10:00;2027-06-31;2027-07-02;1500\n",
            expected: .invalidDate(field: "date_from", value: "2027-06-31")),
        Case(
            name: "schedule-range-reversed",
            csv: "\(schedule)\ntour;meteor;dvortsovaya;10:00;2027-06-10;2027-06-01;1500\n",
            expected: .rangeReversed(from: "2027-06-10", to: "2027-06-01")),
        Case(
            name: "schedule-range-too-long",
            csv: "\(schedule)\ntour;meteor;dvortsovaya;10:00;2027-06-01;2031-06-01;1500\n",
            expected: .rangeTooLong(days: 1462, maximum: 1100)),
        Case(
            name: "schedule-no-dates",
            csv: "product_id;vessel_id;pier_id;times;price_adult\ntour;meteor;dvortsovaya;10:00;1500\n",
            expected: .dateMissing),
        Case(
            name: "schedule-both-date-forms",
            csv:
                "product_id;vessel_id;pier_id;times;date;date_from;date_to;price_adult\ntour;meteor;dvortsovaya;10:00;2027-06-01;2027-06-01;2027-06-02;1500\n",
            expected: .dateFormsConflict),
        Case(
            name: "schedule-weekdays-with-single-date",
            csv:
                "product_id;vessel_id;pier_id;times;date;weekdays;price_adult\ntour;meteor;dvortsovaya;10:00;2027-06-01;пн;1500\n",
            expected: .rangeOnlyField(field: "weekdays")),
        Case(
            name: "schedule-bad-weekday",
            csv:
                "product_id;vessel_id;pier_id;times;date_from;date_to;weekdays;price_adult\ntour;meteor;dvortsovaya;10:00;2027-06-01;2027-06-30;пн-вск;1500\n",
            expected: .invalidWeekday(field: "weekdays", token: "пн-вск")),
        Case(
            name: "schedule-bad-except-date",
            csv:
                "product_id;vessel_id;pier_id;times;date_from;date_to;except;price_adult\ntour;meteor;dvortsovaya;10:00;2027-06-01;2027-06-30;2027-06-31;1500\n",
            expected: .invalidDate(field: "except", value: "2027-06-31")),
        Case(
            name: "schedule-no-price",
            csv: "product_id;vessel_id;pier_id;times;date\ntour;meteor;dvortsovaya;10:00;2027-06-01\n",
            expected: .noPrices),
        Case(
            name: "schedule-price-with-three-decimals",
            csv: "\(schedule)\ntour;meteor;dvortsovaya;10:00;2027-06-01;2027-06-02;1500.005\n",
            expected: .moneyTooPrecise(field: "price_adult", value: "1500.005")),
        Case(
            name: "schedule-negative-price",
            csv: "\(schedule)\ntour;meteor;dvortsovaya;10:00;2027-06-01;2027-06-02;-1500\n",
            expected: .negativeMoney(field: "price_adult", value: "-1500")),
        Case(
            name: "schedule-price-not-money",
            csv: "\(schedule)\ntour;meteor;dvortsovaya;10:00;2027-06-01;2027-06-02;1.500,00\n",
            expected: .invalidMoney(field: "price_adult", value: "1.500,00")),
        Case(
            name: "schedule-unknown-category",
            csv:
                "product_id;vessel_id;pier_id;times;date;price_adult;price_adult@gold\ntour;meteor;dvortsovaya;10:00;2027-06-01;1500;3000\n",
            expected: .unknownCategory(category: "gold", vessel: "meteor", known: ["std", "vip"])),
        Case(
            name: "schedule-capacity-above-vessel",
            csv:
                "product_id;vessel_id;pier_id;times;date;capacity;price_adult\ntour;moika;dvortsovaya;10:00;2027-06-01;41;900\n",
            expected: .scheduleCapacityAboveVessel(capacity: 41, vesselCapacity: 40)),
        Case(
            name: "schedule-capacity-on-assigned-seating",
            csv:
                "product_id;vessel_id;pier_id;times;date;capacity;price_adult\ntour;meteor;dvortsovaya;10:00;2027-06-01;4;900\n",
            expected: .scheduleCapacityOnAssignedSeating(vessel: "meteor")),
        Case(
            name: "schedule-unknown-status",
            csv:
                "product_id;vessel_id;pier_id;times;date;status;price_adult\ntour;meteor;dvortsovaya;10:00;2027-06-01;postponed;900\n",
            expected: .invalidChoice(field: "status", value: "postponed", allowed: ["scheduled", "cancelled"])),
        Case(
            name: "schedule-same-sailing-twice",
            csv:
                "product_id;vessel_id;pier_id;times;date;price_adult\ntour;meteor;dvortsovaya;10:00;2027-06-01;900\ntour;meteor;dvortsovaya;10:00;2027-06-01;1000\n",
            expected: .duplicateSailing(id: "tour-20270601-1000-meteor", firstLine: 2)),
        Case(
            name: "promo-unknown-kind", csv: "code;kind;value\nSALE;gift;10\n",
            expected: .invalidChoice(field: "kind", value: "gift", allowed: ["percent", "amount"])),
        Case(
            name: "promo-percent-above-hundred", csv: "code;kind;value\nSALE;percent;120\n",
            expected: .percentAboveHundred("120.00")),
        Case(name: "promo-zero-discount", csv: "code;kind;value\nSALE;amount;0\n", expected: .zeroDiscount),
        Case(
            name: "promo-unknown-product", csv: "code;kind;value;products\nSALE;percent;10;tour nope\n",
            expected: .unresolved(field: "products", kind: .product, id: "nope")),
        Case(
            name: "promo-window-reversed",
            csv: "code;kind;value;valid_from;valid_to\nSALE;percent;10;2027-06-30;2027-06-01\n",
            expected: .rangeReversed(from: "2027-06-30", to: "2027-06-01")),
        Case(
            name: "promo-duplicate-code-any-case", csv: "code;kind;value\nsale;percent;10\nSALE;percent;5\n",
            expected: .duplicate(kind: .promo, id: "SALE", firstLine: 2)),
        Case(
            name: "header-unknown-kind", csv: "name;price\nа;1\n", expected: .unknownKind(columns: ["name", "price"])),
        Case(
            name: "header-missing-required-column", csv: "vessel_id;name_ru;kind\nv1;В;boat\n",
            expected: .missingColumn("capacity")),
        Case(name: "header-only", csv: "pier_id;name_ru\n", expected: .nothingToImport),
        Case(name: "empty-file", csv: "", expected: .nothingToImport),
    ]

    @Test(arguments: cases)
    func eachRuleHasItsFailingFixture(_ fixture: Case) throws {
        let (batch, problems) = try ValidationSupport.validate(csv: fixture.csv, name: fixture.name + ".csv")
        #expect(ValidationSupport.errors(problems) == [fixture.expected])
        #expect(
            batch.sailings.isEmpty
                || fixture.expected == .duplicateSailing(id: "tour-20270601-1000-meteor", firstLine: 2))
    }

    @Test func everyProblemIsListedNotOnlyTheFirst() throws {
        let csv = "pier_id;name_ru;timezone\np1;;Europe/Moscow\np 2;Б;Mars/Base\n"
        let (_, problems) = try ValidationSupport.validate(csv: csv, name: "piers.csv")
        let lines = problems.map { $0.line(in: .en) }
        #expect(lines.count == 3)
        #expect(lines[0].hasPrefix("piers.csv:2:2: "))
        #expect(lines[1].hasPrefix("piers.csv:3:1: "))
        #expect(lines[2].hasPrefix("piers.csv:3:3: "))
        #expect(problems[0].line(in: .ru).contains("не заполнено обязательное поле «name_ru»"))
    }

    @Test func unknownColumnsOnlyWarn() throws {
        let (batch, problems) = try ValidationSupport.validate(csv: "pier_id;name_ru;colour\np1;А;red\n")
        #expect(batch.piers.count == 1)
        #expect(problems.map(\.severity) == [.warning])
        #expect(problems.first?.reason as? ValidationProblem == .unknownColumn("colour"))
    }
}
