import Foundation
import GangwayCore
import GangwayStore
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

@testable import GangwayServer

/// A clock tests can move.
final class MovableClock: GangwayCore.Clock, @unchecked Sendable {
    private let lock = NSLock()
    private var instant: Int64
    init(_ instant: Int64) { self.instant = instant }
    func now() -> Int64 { lock.withLock { instant } }
    func advance(_ seconds: Int64) { lock.withLock { instant += seconds } }
}

/// The checkout API through the real responder (the router, and the direct path for availability
/// and holds), every route and its errors.
struct CheckoutAPITests {
    static func server(
        _ database: AppDatabase, clock: MovableClock = MovableClock(CheckoutFixture.now), holdsPerMinute: Int = 0,
        fee: Money = .zero, bodyLimit: Int = 64 * 1_024
    ) -> CheckoutServer {
        CheckoutServer(
            database: database,
            settings: ServerSettings(
                siteOrigin: "https://tickets.example.ru", bodyLimitBytes: bodyLimit, holdsPerMinute: holdsPerMinute,
                policy: CheckoutPolicy(
                    holdSeconds: 900, maximumPlaces: 6, pricing: OrderPricing(vatRate: .standard, serviceFee: fee))),
            clock: clock)
    }

    static func app(_ server: CheckoutServer) -> some ApplicationProtocol {
        Application(responder: server.responder())
    }

    static func hold(
        sailing: String = CheckoutFixture.sailing("10:30"), seats: [(String, String)] = [],
        standing: [(String, String, Int)] = [], promo: String? = nil, email: String = "ivan@example.ru"
    ) -> ByteBuffer {
        var body: [String: Any] = [
            "sailing_id": sailing, "language": "en",
            "customer": ["name": "Ivan", "email": email, "phone": "8 (921) 555-12-34"],
            "seats": seats.map { ["id": $0.0, "tier": $0.1] },
            "standing": standing.map { ["section": $0.0, "tier": $0.1, "quantity": $0.2] },
        ]
        if let promo { body["promo"] = promo }
        return ByteBuffer(data: (try? JSONSerialization.data(withJSONObject: body)) ?? Data())
    }

    static func json(_ response: TestResponse) -> [String: Any] {
        (try? JSONSerialization.jsonObject(with: Data(buffer: response.body))) as? [String: Any] ?? [:]
    }

    static let jsonHeaders: HTTPFields = [.contentType: "application/json"]

    @Test func availabilityListsSeatsStandingAndPrices() async throws {
        let database = try CheckoutFixture.database()
        try await Self.app(Self.server(database)).test(.router) { client in
            try await client.execute(
                uri: "/api/v1/sailings/\(CheckoutFixture.sailing("10:30"))/availability", method: .get
            ) { response in
                #expect(response.status == .ok)
                let body = Self.json(response)
                #expect(body["sellable"] as? Bool == true)
                let seats = body["seats"] as? [[String: Any]] ?? []
                #expect(seats.count == 6)
                #expect(seats.first?["id"] as? String == "salon|1|1")
                #expect(seats.allSatisfy { $0["free"] as? Bool == true })
                let standing = body["standing"] as? [[String: Any]] ?? []
                #expect(standing.first?["section"] as? String == "deck")
                #expect(standing.first?["remaining"] as? Int == 4)
                let prices = body["prices"] as? [[String: Any]] ?? []
                #expect(prices.contains { $0["tier"] as? String == "adult" && $0["amount"] as? String == "1500.00" })
            }
            try await client.execute(uri: "/api/v1/sailings/nope/availability", method: .get) { response in
                #expect(response.status == .notFound)
                #expect(response.headers[.contentType]?.hasPrefix("application/problem+json") == true)
            }
        }
    }

    @Test func aHoldItemisesLinesDiscountFeeAndVATToTheKopeck() async throws {
        let database = try CheckoutFixture.database()
        let server = Self.server(database, fee: Money(kopecks: 5_000))
        try await Self.app(server).test(.router) { client in
            try await client.execute(
                uri: "/api/v1/holds", method: .post, headers: Self.jsonHeaders,
                body: Self.hold(seats: [("salon|2|1", "adult")], standing: [("deck", "adult", 2)], promo: "spring10")
            ) { response in
                #expect(response.status == .created)
                let body = Self.json(response)
                let lines = body["lines"] as? [[String: Any]] ?? []
                #expect(lines.count == 2)
                // 2 500,00 (VIP) and 2 × 1 500,00: subtotal 5 500,00; 10 % off = 550,00 shared 250,00 / 300,00.
                #expect(lines.first?["amount"] as? String == "2500.00")
                #expect(lines.first?["discount"] as? String == "250.00")
                #expect(lines.last?["discount"] as? String == "300.00")
                // VAT 22/122 of 2 250,00 = 405,74; of 2 700,00 = 486,89; of the 50,00 fee = 9,02.
                #expect(lines.first?["vat"] as? String == "405.74")
                #expect(lines.last?["vat"] as? String == "486.89")
                #expect(body["subtotal"] as? String == "5500.00")
                #expect(body["discount"] as? String == "550.00")
                #expect(body["fees"] as? String == "50.00")
                #expect(body["vat"] as? String == "901.65")
                #expect(body["total"] as? String == "5000.00")
                #expect(body["status"] as? String == "pending")
                #expect((body["order_code"] as? String)?.hasPrefix("GW-") == true)
                #expect((body["token"] as? String)?.count == 32)
                #expect((body["payment"] as? [String: Any])?["method"] as? String == "POST")
            }
        }
    }

    @Test func aTakenSeatIsRefusedWithTheListAndNothingIsHeld() async throws {
        let database = try CheckoutFixture.database()
        try await Self.app(Self.server(database)).test(.router) { client in
            try await client.execute(
                uri: "/api/v1/holds", method: .post, headers: Self.jsonHeaders,
                body: Self.hold(seats: [("salon|1|1", "adult")])
            ) { #expect($0.status == .created) }
            try await client.execute(
                uri: "/api/v1/holds", method: .post, headers: Self.jsonHeaders,
                body: Self.hold(seats: [("salon|1|2", "adult"), ("salon|1|1", "child")], email: "other@example.ru")
            ) { response in
                #expect(response.status == .conflict)
                #expect(Self.json(response)["seats"] as? [String] == ["salon|1|1"])
            }
            // The refused request held nothing: 1|2 is still free.
            try await client.execute(
                uri: "/api/v1/sailings/\(CheckoutFixture.sailing("10:30"))/availability", method: .get
            ) { response in
                let seats = Self.json(response)["seats"] as? [[String: Any]] ?? []
                let free = seats.filter { $0["free"] as? Bool == true }.compactMap { $0["id"] as? String }
                #expect(free.contains("salon|1|2"))
                #expect(!free.contains("salon|1|1"))
            }
        }
    }

    @Test func theLastStandingPlacesGoOnceAndTheShortfallIsNamed() async throws {
        let database = try CheckoutFixture.database()
        try await Self.app(Self.server(database)).test(.router) { client in
            try await client.execute(
                uri: "/api/v1/holds", method: .post, headers: Self.jsonHeaders,
                body: Self.hold(standing: [("deck", "adult", 3)])
            ) { #expect($0.status == .created) }
            try await client.execute(
                uri: "/api/v1/holds", method: .post, headers: Self.jsonHeaders,
                body: Self.hold(standing: [("deck", "child", 2)])
            ) { response in
                #expect(response.status == .conflict)
                let standing = Self.json(response)["standing"] as? [[String: Any]] ?? []
                #expect(standing.first?["section"] as? String == "deck")
                #expect(standing.first?["requested"] as? Int == 2)
                #expect(standing.first?["remaining"] as? Int == 1)
            }
        }
    }

    @Test(arguments: [
        ([("salon|9|9", "adult")], [(String, String, Int)](), "seats[0]"),
        ([("salon|1|1", "senior")], [], "seats[0].tier"),
        ([("salon-1-1", "adult")], [], "seats[0].id"),
        ([], [("deck", "adult", 0)], "standing[0].quantity"),
        ([], [("bar", "adult", 1)], "standing[0].section"),
        ([], [("deck", "adult", 7)], "seats"),
        ([], [], "seats"),
    ])
    func invalidChoicesAre422NamingTheField(seats: [(String, String)], standing: [(String, String, Int)], field: String)
        async throws
    {
        let database = try CheckoutFixture.database()
        try await Self.app(Self.server(database)).test(.router) { client in
            try await client.execute(
                uri: "/api/v1/holds", method: .post, headers: Self.jsonHeaders,
                body: Self.hold(seats: seats, standing: standing)
            ) { response in
                #expect(response.status == .unprocessableContent)
                let errors = Self.json(response)["errors"] as? [[String: Any]] ?? []
                #expect(errors.contains { $0["field"] as? String == field }, "\(errors)")
            }
        }
    }

    @Test(arguments: [
        ("10:00", "moika", HTTPResponse.Status.created, ""),
        ("09:20", "meteor", .conflict, "not-on-sale-sales_closed"),
        ("12:00", "meteor", .conflict, "not-on-sale-cancelled"),
        ("23:00", "meteor", .notFound, "unknown-sailing"),
    ])
    func closedCancelledAndUnknownSailingsAreNotSold(
        time: String, vessel: String, status: HTTPResponse.Status, problem: String
    ) async throws {
        let database = try CheckoutFixture.database()
        let section = vessel == "moika" ? "general" : "deck"
        try await Self.app(Self.server(database)).test(.router) { client in
            try await client.execute(
                uri: "/api/v1/holds", method: .post, headers: Self.jsonHeaders,
                body: Self.hold(
                    sailing: CheckoutFixture.sailing(time, vessel: vessel), standing: [(section, "adult", 1)])
            ) { response in
                #expect(response.status == status)
                if !problem.isEmpty { #expect((Self.json(response)["type"] as? String)?.hasSuffix(problem) == true) }
            }
        }
    }

    @Test func anExpiredHoldFreesItsSeatAtOnce() async throws {
        let database = try CheckoutFixture.database()
        let clock = MovableClock(CheckoutFixture.now)
        try await Self.app(Self.server(database, clock: clock)).test(.router) { client in
            let body = Self.hold(seats: [("salon|1|3", "adult")])
            try await client.execute(uri: "/api/v1/holds", method: .post, headers: Self.jsonHeaders, body: body) {
                #expect($0.status == .created)
            }
            clock.advance(899)
            try await client.execute(uri: "/api/v1/holds", method: .post, headers: Self.jsonHeaders, body: body) {
                #expect($0.status == .conflict)
            }
            clock.advance(1)
            try await client.execute(uri: "/api/v1/holds", method: .post, headers: Self.jsonHeaders, body: body) {
                #expect($0.status == .created)
            }
        }
        // `gangway holds expire` writes the first order down.
        #expect(try database.expireHolds(now: clock.now()) == 1)
        #expect(try database.orderCounts()[.expired] == 1)
        #expect(try database.orderCounts()[.pending] == 1)
    }

    @Test(arguments: [
        ("LATE", "promo-expired"), ("BIG", "promo-below-minimum"), ("NOPE", "promo-unknown"),
    ])
    func promoRulesAreEnforced(code: String, problem: String) async throws {
        let database = try CheckoutFixture.database()
        try await Self.app(Self.server(database)).test(.router) { client in
            try await client.execute(
                uri: "/api/v1/holds", method: .post, headers: Self.jsonHeaders,
                body: Self.hold(standing: [("deck", "adult", 1)], promo: code)
            ) { response in
                #expect(response.status == .unprocessableContent)
                #expect((Self.json(response)["type"] as? String)?.hasSuffix(problem) == true)
            }
        }
    }

    @Test func aPromoWithOneUseIsSpentByTheFirstHoldAndBackWhenItLapses() async throws {
        let database = try CheckoutFixture.database()
        let clock = MovableClock(CheckoutFixture.now)
        try await Self.app(Self.server(database, clock: clock)).test(.router) { client in
            let body = Self.hold(standing: [("deck", "adult", 1)], promo: "once")
            try await client.execute(uri: "/api/v1/holds", method: .post, headers: Self.jsonHeaders, body: body) {
                #expect($0.status == .created)
                #expect(Self.json($0)["discount"] as? String == "500.00")
            }
            try await client.execute(uri: "/api/v1/holds", method: .post, headers: Self.jsonHeaders, body: body) {
                #expect($0.status == .unprocessableContent)
                #expect((Self.json($0)["type"] as? String)?.hasSuffix("promo-exhausted") == true)
            }
            clock.advance(900)
            try await client.execute(uri: "/api/v1/holds", method: .post, headers: Self.jsonHeaders, body: body) {
                #expect($0.status == .created)
            }
        }
    }

    @Test func aPromoForChildrenCoversOnePlacePerOrder() async throws {
        let database = try CheckoutFixture.database()
        try await Self.app(Self.server(database)).test(.router) { client in
            try await client.execute(
                uri: "/api/v1/holds", method: .post, headers: Self.jsonHeaders,
                body: Self.hold(standing: [("deck", "adult", 1), ("deck", "child", 2)], promo: "KIDS")
            ) { response in
                #expect(response.status == .created)
                // Half of one child's 900,00.
                #expect(Self.json(response)["discount"] as? String == "450.00")
            }
        }
    }

    @Test func anOrderIsShownOnlyWithItsTokenAndGetsTicketsWhenPaid() async throws {
        let database = try CheckoutFixture.database()
        try await Self.app(Self.server(database)).test(.router) { client in
            let placed = try await client.execute(
                uri: "/api/v1/holds", method: .post, headers: Self.jsonHeaders,
                body: Self.hold(seats: [("salon|2|2", "adult")], standing: [("deck", "child", 2)])
            ) { Self.json($0) }
            let code = placed["order_code"] as? String ?? ""
            let token = placed["token"] as? String ?? ""
            for uri in [
                "/api/v1/orders/\(code)", "/api/v1/orders/\(code)?token=wrong", "/api/v1/orders/GW-NONE?token=\(token)",
            ] {
                try await client.execute(uri: uri, method: .get) { #expect($0.status == .notFound, "\(uri)") }
            }
            try await client.execute(uri: "/api/v1/orders/\(code)?token=\(token)", method: .get) { response in
                #expect(response.status == .ok)
                #expect(Self.json(response)["status"] as? String == "pending")
                // The hold's answer (built without reading the order back) says what was stored.
                for key in ["lines", "subtotal", "discount", "fees", "vat", "total", "expires_at", "created_at"] {
                    #expect(
                        (Self.json(response)[key] as? NSObject) == (placed[key] as? NSObject), "\(key) differs")
                }
                #expect((Self.json(response)["tickets"] as? [Any])?.isEmpty == true)
            }
            let paid = try database.markPaid(code: code, at: CheckoutFixture.now + 60)
            #expect(paid.tickets.count == 3)
            #expect(try database.markPaid(code: code, at: CheckoutFixture.now + 120) == paid)
            try await client.execute(uri: "/api/v1/orders/\(code.lowercased())?token=\(token)", method: .get) {
                response in
                let body = Self.json(response)
                #expect(body["status"] as? String == "paid")
                let tickets = body["tickets"] as? [[String: Any]] ?? []
                #expect(tickets.count == 3)
                let pattern = /^[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}$/
                #expect(tickets.allSatisfy { ($0["code"] as? String)?.wholeMatch(of: pattern) != nil })
            }
            let ticket = paid.tickets[0].code
            try await client.execute(
                uri: "/api/v1/orders/\(code)/tickets/\(ticket)/qr.svg?token=\(token)", method: .get
            ) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType]?.hasPrefix("image/svg+xml") == true)
                let svg = String(buffer: response.body)
                #expect(svg.hasPrefix("<svg"))
                #expect(svg.contains("<title>\(ticket)</title>"))
            }
            for uri in [
                "/api/v1/orders/\(code)/tickets/\(ticket)/qr.svg?token=wrong",
                "/api/v1/orders/\(code)/tickets/AAAA-BBBB-CCCC-DDDD/qr.svg?token=\(token)",
            ] {
                try await client.execute(uri: uri, method: .get) { #expect($0.status == .notFound, "\(uri)") }
            }
        }
    }

    @Test func aFormPostGetsA303ToTheOrderPageInItsLanguage() async throws {
        let database = try CheckoutFixture.database()
        try await Self.app(Self.server(database)).test(.router) { client in
            let form =
                "sailing_id=\(CheckoutFixture.sailing("10:00", vessel: "moika"))&language=zh&name=%D0%98%D0%B2%D0%B0%D0%BD"
                + "&email=ivan%40example.ru&standing%5Bgeneral%5D%5Badult%5D=2&standing%5Bgeneral%5D%5Bchild%5D=0"
            try await client.execute(
                uri: "/api/v1/holds", method: .post,
                headers: [.contentType: "application/x-www-form-urlencoded"], body: ByteBuffer(string: form)
            ) { response in
                #expect(response.status == .seeOther)
                let location = response.headers[.location] ?? ""
                #expect(location.hasPrefix("https://tickets.example.ru/zh/order/?code=GW-"))
                #expect(location.contains("&token="))
            }
        }
    }

    @Test func holdsAreRateLimitedPerClient() async throws {
        let database = try CheckoutFixture.database()
        try await Self.app(Self.server(database, holdsPerMinute: 2)).test(.router) { client in
            for expected in [HTTPResponse.Status.created, .created, .tooManyRequests] {
                try await client.execute(
                    uri: "/api/v1/holds", method: .post, headers: Self.jsonHeaders,
                    body: Self.hold(standing: [("deck", "adult", 1)])
                ) { #expect($0.status == expected) }
            }
        }
    }

    @Test func aBodyOverTheLimitIs413AndMalformedJSONIs400() async throws {
        let database = try CheckoutFixture.database()
        try await Self.app(Self.server(database, bodyLimit: 100)).test(.router) { client in
            try await client.execute(
                uri: "/api/v1/holds", method: .post, headers: Self.jsonHeaders,
                body: Self.hold(standing: [("deck", "adult", 1)])
            ) { #expect($0.status == .contentTooLarge) }
            try await client.execute(
                uri: "/api/v1/holds", method: .post, headers: Self.jsonHeaders, body: ByteBuffer(string: "{\"sailing")
            ) { #expect($0.status == .badRequest) }
        }
    }

    @Test func healthMetricsSecurityHeadersAndCORS() async throws {
        let database = try CheckoutFixture.database()
        try await Self.app(Self.server(database)).test(.router) { client in
            try await client.execute(
                uri: "/api/v1/holds", method: .post, headers: Self.jsonHeaders,
                body: Self.hold(standing: [("deck", "adult", 1)])
            ) { #expect($0.status == .created) }
            try await client.execute(uri: "/healthz", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.xContentTypeOptions] == "nosniff")
                #expect(response.headers[.contentSecurityPolicy]?.contains("default-src 'none'") == true)
                #expect(HTTPField.Name("X-Frame-Options").flatMap { response.headers[$0] } == "DENY")
                #expect(
                    HTTPField.Name("Referrer-Policy").flatMap { response.headers[$0] }
                        == "strict-origin-when-cross-origin")
                #expect(response.headers[.cacheControl] == "no-store")
            }
            try await client.execute(
                uri: "/api/v1/sailings/\(CheckoutFixture.sailing("10:30"))/availability", method: .get,
                headers: [.origin: "https://tickets.example.ru"]
            ) { response in
                #expect(response.headers[.accessControlAllowOrigin] == "https://tickets.example.ru")
            }
            try await client.execute(uri: "/metrics", method: .get) { response in
                let text = String(buffer: response.body)
                #expect(text.contains("gangway_holds_placed_total 1"))
                #expect(text.contains("gangway_http_requests_total{route=\"/api/v1/holds\",status=\"201\"} 1"))
                #expect(text.contains("gangway_orders{status=\"pending\"} 1"))
                #expect(text.contains("gangway_hold_transactions_total 1"))
                #expect(text.contains("gangway_hold_transaction_holds_total 1"))
                // Cumulative buckets: the three requests before this one are under 2.5 s.
                #expect(text.contains("gangway_http_request_duration_seconds_bucket{le=\"+Inf\"} 3"))
                #expect(text.contains("gangway_http_request_duration_seconds_bucket{le=\"2.5\"} 3"))
                #expect(text.contains("gangway_http_request_duration_seconds_count 3"))
                #expect(!text.contains("ivan"))
            }
        }
    }
}

/// Charters: a vessel held for a window, priced per hour, never double-booked.
struct CharterAPITests {
    static func body(
        start: String = "2027-06-20T18:00:00+03:00", hours: Int = 3, guests: Int = 8, vessel: String = "aurora"
    )
        -> ByteBuffer
    {
        let body: [String: Any] = [
            "vessel_id": vessel, "starts_at": start, "hours": hours, "guests": guests, "language": "ru",
            "customer": ["name": "Пётр", "phone": "+7 921 000-00-01"],
        ]
        return ByteBuffer(data: (try? JSONSerialization.data(withJSONObject: body)) ?? Data())
    }

    @Test func aCharterIsPricedPerHourAndItsWindowCannotBeTakenTwice() async throws {
        let database = try CheckoutFixture.database()
        let clock = MovableClock(CheckoutFixture.now)
        let server = CheckoutAPITests.server(database, clock: clock)
        try await CheckoutAPITests.app(server).test(.router) { client in
            let placed = try await client.execute(
                uri: "/api/v1/charters", method: .post, headers: CheckoutAPITests.jsonHeaders, body: Self.body()
            ) { response in
                #expect(response.status == .created)
                let body = CheckoutAPITests.json(response)
                // 3 hours × 15 000,00; VAT 22/122 of 45 000,00 = 8 114,75.
                #expect(body["total"] as? String == "45000.00")
                #expect(body["vat"] as? String == "8114.75")
                return body
            }
            // Overlapping by an hour: refused, naming the charter in the way.
            try await client.execute(
                uri: "/api/v1/charters", method: .post, headers: CheckoutAPITests.jsonHeaders,
                body: Self.body(start: "2027-06-20T20:00:00+03:00", hours: 2)
            ) { response in
                #expect(response.status == .conflict)
                #expect(
                    (CheckoutAPITests.json(response)["seats"] as? [String])?.first?.hasPrefix("charter:GW-") == true)
            }
            // Back to back is fine.
            try await client.execute(
                uri: "/api/v1/charters", method: .post, headers: CheckoutAPITests.jsonHeaders,
                body: Self.body(start: "2027-06-20T21:00:00+03:00", hours: 2)
            ) { #expect($0.status == .created) }
            // Paid: confirmed, and the window stays taken after the hold would have lapsed.
            let code = placed["order_code"] as? String ?? ""
            #expect(try database.markPaid(code: code, at: clock.now()).status == .paid)
            clock.advance(3_600)
            try await client.execute(
                uri: "/api/v1/charters", method: .post, headers: CheckoutAPITests.jsonHeaders,
                body: Self.body(start: "2027-06-20T19:00:00+03:00", hours: 2)
            ) { #expect($0.status == .conflict) }
        }
    }

    @Test func aLapsedCharterHoldFreesTheWindow() async throws {
        let database = try CheckoutFixture.database()
        let clock = MovableClock(CheckoutFixture.now)
        try await CheckoutAPITests.app(CheckoutAPITests.server(database, clock: clock)).test(.router) { client in
            try await client.execute(
                uri: "/api/v1/charters", method: .post, headers: CheckoutAPITests.jsonHeaders, body: Self.body()
            ) { #expect($0.status == .created) }
            clock.advance(900)
            try await client.execute(
                uri: "/api/v1/charters", method: .post, headers: CheckoutAPITests.jsonHeaders, body: Self.body()
            ) { #expect($0.status == .created) }
        }
    }

    @Test(arguments: [
        ("aurora", 1, 8, HTTPResponse.Status.unprocessableContent),
        ("aurora", 3, 11, .unprocessableContent),
        ("meteor", 3, 2, .notFound),
        ("nope", 3, 2, .notFound),
    ])
    func hoursGuestsAndVesselAreChecked(vessel: String, hours: Int, guests: Int, status: HTTPResponse.Status)
        async throws
    {
        let database = try CheckoutFixture.database()
        try await CheckoutAPITests.app(CheckoutAPITests.server(database)).test(.router) { client in
            try await client.execute(
                uri: "/api/v1/charters", method: .post, headers: CheckoutAPITests.jsonHeaders,
                body: Self.body(hours: hours, guests: guests, vessel: vessel)
            ) { #expect($0.status == status) }
        }
    }

    @Test func theVesselPageFormGetsA303() async throws {
        let database = try CheckoutFixture.database()
        try await CheckoutAPITests.app(CheckoutAPITests.server(database)).test(.router) { client in
            let form =
                "vessel_id=aurora&language=en&name=Anna&email=anna%40example.ru&date=2027-06-21&time=19%3A00&hours=2&guests=4"
            try await client.execute(
                uri: "/api/v1/charters", method: .post, headers: [.contentType: "application/x-www-form-urlencoded"],
                body: ByteBuffer(string: form)
            ) { response in
                #expect(response.status == .seeOther)
                #expect(response.headers[.location]?.hasPrefix("https://tickets.example.ru/en/order/?code=GW-") == true)
            }
        }
    }
}

/// The plain-HTML path: a refused form post gets a page in the customer's language, not JSON.
struct FormProblemPageTests {
    @Test func aRefusedFormPostGetsAPageInItsLanguageWithALinkBack() async throws {
        let database = try CheckoutFixture.database()
        try await CheckoutAPITests.app(CheckoutAPITests.server(database)).test(.router) { client in
            let form =
                "sailing_id=\(CheckoutFixture.sailing("10:00", vessel: "moika"))&language=en&name=Ivan"
                + "&standing%5Bgeneral%5D%5Badult%5D=2"
            try await client.execute(
                uri: "/api/v1/holds", method: .post,
                headers: [
                    .contentType: "application/x-www-form-urlencoded",
                    .referer: "https://tickets.example.ru/en/sailings/x/",
                ],
                body: ByteBuffer(string: form)
            ) { response in
                #expect(response.status == .unprocessableContent)
                #expect(response.headers[.contentType]?.hasPrefix("text/html") == true)
                let page = String(buffer: response.body)
                #expect(page.contains("<html lang=\"en\">"))
                #expect(page.contains("We could not hold these tickets"))
                #expect(page.contains("customer.email"))
                #expect(page.contains("href=\"https://tickets.example.ru/en/sailings/x/\""))
            }
        }
    }
}

/// The hand-written availability JSON says exactly what JSONEncoder says.
struct AvailabilityJSONTests {
    @Test func matchesFoundationsEncoding() throws {
        let database = try CheckoutFixture.database()
        _ = try database.placeHold(
            HoldRequest(
                sailingID: CheckoutFixture.sailing("10:30"),
                seats: [HoldRequest.Seat(section: "salon", row: "2", seat: "1", tier: "adult")], standing: [],
                contact: try ContactDetails(name: nil, email: "a@example.ru", phone: nil), language: .ru),
            policy: CheckoutPolicy(), now: CheckoutFixture.now)
        for sailing in [
            CheckoutFixture.sailing("10:30"), CheckoutFixture.sailing("12:00"),
            CheckoutFixture.sailing("10:00", vessel: "moika"),
        ] {
            let found = try #require(try database.availability(sailingID: sailing, now: CheckoutFixture.now))
            let ours = String(buffer: AvailabilityJSON.encode(AvailabilityBody(found)))
            let theirs = try JSONSerialization.jsonObject(with: APIResponse.encoder.encode(AvailabilityBody(found)))
            let parsed = try JSONSerialization.jsonObject(with: Data(ours.utf8))
            #expect((parsed as? NSDictionary) == (theirs as? NSDictionary), "\(sailing)")
        }
        var out = ByteBuffer()
        JSONText.quoted("a\"b\\c\n<script>&", into: &out)
        #expect(String(buffer: out) == #""a\"b\\c\u000a\u003cscript\u003e\u0026""#)
    }
}
