import Foundation
import Testing

@testable import GangwayCore

struct ScheduleExpanderTests {
    private func rule(_ dates: ScheduleRule.Dates, times: [String]) -> ScheduleRule {
        ScheduleRule(
            productID: "neva-night", vesselID: "moika-1", pierID: "dvortsovaya",
            times: times.compactMap { ServiceTime(parsing: $0) }, dates: dates,
            prices: PriceList(entries: [.init(tier: "adult", category: nil, amount: Money(kopecks: 150_000))]))
    }

    @Test func expandsWeekdaysAndExceptions() throws {
        let from = try #require(LocalDate(parsing: "2027-06-01"))
        let to = try #require(LocalDate(parsing: "2027-06-30"))
        let except = try #require(LocalDate(parsing: "2027-06-25"))
        let weekdays = try WeekdaySet.parse("пт").get()
        var expander = ScheduleExpander()
        let expanded = expander.expand(
            rule(.range(from: from, to: to, weekdays: weekdays, except: [except]), times: ["23:30", "24:30"]),
            timeZone: "Europe/Moscow", durationMinutes: 90)
        let plans = try #require(expanded)
        // Fridays in June 2027: 4, 11, 18, 25 — the 25th is excepted.
        #expect(
            plans.map(\.serviceDate.description) == [
                "2027-06-04", "2027-06-04", "2027-06-11", "2027-06-11", "2027-06-18", "2027-06-18",
            ])
        #expect(plans[1].id == "neva-night-20270604-2430-moika-1")
        #expect(plans[1].departsAt - plans[0].departsAt == 3600)
        #expect(plans[0].endsAt - plans[0].departsAt == 90 * 60)
    }

    @Test func sameRowGivesTheSameIDs() throws {
        let day = try #require(LocalDate(parsing: "2027-06-14"))
        var expander = ScheduleExpander()
        let first = expander.expand(
            rule(.single(day), times: ["10:00"]), timeZone: "Europe/Moscow", durationMinutes: 60)
        let second = expander.expand(
            rule(.single(day), times: ["10:00"]), timeZone: "Europe/Moscow", durationMinutes: 60)
        #expect(first == second)
    }

    @Test func unknownZoneExpandsToNothing() throws {
        let day = try #require(LocalDate(parsing: "2027-06-14"))
        var expander = ScheduleExpander()
        let expanded = expander.expand(
            rule(.single(day), times: ["10:00"]), timeZone: "Mars/Olympus", durationMinutes: 60)
        #expect(expanded == nil)
    }
}

struct OverlapDetectorTests {
    @Test func findsOverlapsPerVesselOnly() {
        let spans: [OverlapDetector.Busy] = [
            .init(vesselID: "a", what: "a1", start: 0, end: 100),
            .init(vesselID: "a", what: "a2", start: 100, end: 200),  // back to back: fine
            .init(vesselID: "a", what: "a3", start: 150, end: 160),  // inside a2
            .init(vesselID: "b", what: "b1", start: 0, end: 1_000),
            .init(vesselID: "b", what: "b2", start: 1_000, end: 1_100),
        ]
        let found = OverlapDetector.overlaps(spans)
        #expect(found.count == 1)
        #expect(found.first?.0.what == "a2")
        #expect(found.first?.1.what == "a3")
    }

    @Test func aLongSailingOverlapsEverythingItCovers() {
        let spans: [OverlapDetector.Busy] = [
            .init(vesselID: "a", what: "long", start: 0, end: 1_000),
            .init(vesselID: "a", what: "x", start: 100, end: 200),
            .init(vesselID: "a", what: "y", start: 300, end: 400),
        ]
        #expect(OverlapDetector.overlaps(spans).map(\.1.what) == ["x", "y"])
    }
}

struct PriceListTests {
    @Test func categoryPriceOverridesTheTierPrice() {
        let list = PriceList(entries: [
            .init(tier: "adult", category: nil, amount: Money(kopecks: 150_000)),
            .init(tier: "adult", category: "vip", amount: Money(kopecks: 250_000)),
            .init(tier: "child", category: "standard", amount: Money(kopecks: 90_000)),
        ])
        #expect(list.price(tier: "adult", category: "vip") == Money(kopecks: 250_000))
        #expect(list.price(tier: "adult", category: "standard") == Money(kopecks: 150_000))
        #expect(list.price(tier: "child", category: "vip") == nil)
        #expect(list.key == "adult=150000;adult@vip=250000;child@standard=90000")
    }
}

struct SHA256Tests {
    @Test(arguments: [
        ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        (
            "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
            "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"
        ),
    ])
    func matchesTheStandardVectors(input: String, digest: String) {
        #expect(SHA256.hex(Array(input.utf8)) == digest)
    }

    @Test func chunkedInputGivesTheSameDigest() {
        let bytes = (0..<1_000).map { UInt8(truncatingIfNeeded: $0 * 7) }
        var hasher = SHA256()
        hasher.update(Array(bytes[0..<3]))
        hasher.update(Array(bytes[3..<130]))
        hasher.update(Array(bytes[130...]))
        #expect(hasher.finalizeHex() == SHA256.hex(bytes))
    }
}

struct IdentifierTests {
    @Test func idsAreCaseInsensitive() {
        #expect(Identifier.normalize("Meteor-120") == "meteor-120")
        #expect(Identifier.normalize("дворцовая_1") == "дворцовая_1")
    }

    @Test(arguments: ["", "a b", "a/b", "a.b", String(repeating: "x", count: 65), "ид!"])
    func refusesWhatIsNotAnID(text: String) {
        #expect(Identifier.normalize(text) == nil)
    }
}

struct FileDigestTests {
    @Test func aFilesDigestMatchesItsBytes() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("digest-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: url) }
        let bytes = (0..<200_000).map { UInt8(truncatingIfNeeded: $0 &* 31) }
        try Data(bytes).write(to: url)
        #expect(try SHA256.hex(ofFileAt: url) == SHA256.hex(bytes))
    }
}
