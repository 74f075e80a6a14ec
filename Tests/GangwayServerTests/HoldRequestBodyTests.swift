import Foundation
import GangwayCore
import Testing

@testable import GangwayServer

/// The hand-read hold body accepts and refuses what JSONDecoder does, with the same values.
struct HoldRequestBodyTests {
    static let bodies = [
        #"{"sailing_id":"s","seats":[{"id":"salon|1|1","tier":"adult"}],"customer":{"name":"Иван","email":"a@b.ru","phone":null},"language":"zh","promo":"LETO","utm":"vk"}"#,
        #"{"sailing_id":"s","standing":[{"section":"deck","tier":"adult","quantity":2},{"section":"deck","tier":"child","quantity":0}]}"#,
        #"{"sailing_id":"s","seats":null,"standing":null,"customer":null,"language":null,"promo":null,"utm":null}"#,
        #"{"sailing_id":"s","extra":{"deep":[1,2,{"x":true}]},"seats":[]}"#,
        #"{"sailing_id":"s","standing":[{"section":"deck","tier":"adult","quantity":-1}]}"#,
        #"{"sailing_id":"s","standing":[{"section":"deck","tier":"adult","quantity":2.0}]}"#,
        #"{"sailing_id":"s","standing":[{"section":"deck","tier":"adult","quantity":2e0}]}"#,
        #"{"sailing_id":"s","standing":[{"section":"deck","tier":"adult","quantity":2.5}]}"#,
        #"{"sailing_id":"s","standing":[{"section":"deck","tier":"adult","quantity":"2"}]}"#,
        #"{"sailing_id":"s","standing":[{"section":"deck","tier":"adult"}]}"#,
        #"{"sailing_id":"s","seats":[{"id":"salon|1|1"}]}"#,
        #"{"sailing_id":"s","seats":{"id":"salon|1|1","tier":"adult"}}"#,
        #"{"sailing_id":"s","customer":"ivan@example.ru"}"#,
        #"{"sailing_id":"s","customer":{"email":42}}"#,
        #"{"sailing_id":"s","language":7}"#,
        #"{"sailing_id":17}"#,
        #"{"sailing_id":null}"#,
        #"{"seats":[]}"#,
        #"[{"sailing_id":"s"}]"#,
        #""s""#,
        #"{"sailing_id":"a\"b\u00e9\n"}"#,
    ]

    @Test func readsWhatJSONDecoderReads() {
        for text in Self.bodies {
            let theirs = try? JSONDecoder().decode(HoldRequestBody.self, from: Data(text.utf8))
            let ours = try? HoldRequestBody(json: JSONParser.parse(Array(text.utf8)))
            #expect(ours == theirs, "\(text)")
        }
        // Both refuse text that is not JSON at all.
        #expect(throws: JSONParser.Failure.self) { try JSONParser.parse(Array(#"{"sailing"#.utf8)) }
    }
}
